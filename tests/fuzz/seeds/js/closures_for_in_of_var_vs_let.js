var fa = [], fb = [];
for (var k in { x: 1, y: 2 }) fa.push(function () { return k; });
for (let k2 in { x: 1, y: 2 }) fb.push(function () { return k2; });
print(fa.map(function (f) { return f(); }).join() + " " + fb.map(function (f) { return f(); }).join()); // expect: y,y x,y
var ga = [], gb = [];
for (var v of [1, 2]) ga.push(() => v);
for (let v2 of [1, 2]) gb.push(() => v2);
print(ga.map(f => f()).join() + " " + gb.map(f => f()).join()); // expect: 2,2 1,2
