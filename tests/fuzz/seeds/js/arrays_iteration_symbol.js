var a = [10, 20, 30];
var it = a[Symbol.iterator]();
var r1 = it.next();
print(r1.value + " " + r1.done); // expect: 10 false
it.next();
it.next();
var r4 = it.next();
print(r4.value + " " + r4.done); // expect: undefined true
var total = 0;
for (var x of a) total += x;
print(total); // expect: 60
