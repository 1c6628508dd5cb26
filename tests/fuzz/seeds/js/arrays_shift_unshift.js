var a = [1, 2, 3];
print(a.shift()); // expect: 1
console.log(a); // expect: [ 2, 3 ]
print(a.unshift(0, 0.5)); // expect: 4
console.log(a); // expect: [ 0, 0.5, 2, 3 ]
print([].shift()); // expect: undefined
var q = [];
for (var i = 0; i < 1000; i++) q.push(i);
var s = 0;
while (q.length) s += q.shift();
print(s); // expect: 499500
