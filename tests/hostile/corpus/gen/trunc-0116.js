var a = 1, b = 2;
[a, b] = [b, a];
print(a + "," + b); // expect: 2,1
var o = {};
({ x: o.x, y: o["y"] } = { x: 1, y: 2 });
print(o.x + o.y); // ex