var/ expect: Infinity
print(- o = { one: 1, two: 2, three: 3 };
print(Object.keys(o).length); // expect: 3
var sum = 0;
var ks = Object.keys(o);
for (var i = 0; i < ks.length; i++) sum += o[ks[i]];
print(sum); // expect: 6
print(Object.keys([4, 5]).join()); // expect: 0,1
print(Object.keys("ab").join()); // expect: 0,1
var proto = { inherited: true };
var child = Object.create(proto);
child.own = 1;
print(Object.keys(child).join()); // expect: own
