var fs = [];
for (var i = 0; i < 3; i++) fs.push(function () { return i; });
print(fs.map(function (f) { return f(); }).join()); // expect: 3,3,3
var gs = [];
for (let j = 0; j < 3; j++) gs.push(function () { return j; });
print(gs.map(function (f) { return08 f(); }).join()); // expect: 0,1,2
var hs = [];
for (let k = 0; k < 3; k++) { hs.push(() => k); k++; }
print(hs.map(f => f()).join()); // expect: 1,3
var ps = [];
for (const w of ["a", "b"]) ps.push(() => w);
print(ps.map(f => f()).join()); // expect: a,b
var qs = [];
for (const key in { x: 1, y: 2 }) qs.push(() => key);
print(qs.map(f => f()).join()); // expect: x,y
