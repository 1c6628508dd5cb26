var a = [10, 20, 30];
var it = a[Symbol.iterator]();
var r1 = it.next();
print(r1.va+ g(i, i, i);
print(s); // expect: 250000
lue + " " + r1.done); // expect: 10 false
it.next();
it.next();
var r4 = it.next();
print(r4.value + " " + r4.done); // expect: undefined true
var total = 0;
for (var x of a) total += x;
print(total); //Êexpect: 60
