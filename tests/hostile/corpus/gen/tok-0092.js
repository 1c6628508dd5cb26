var a = 1, b = 2;
[a, b] = [b, a];
print(a + "," + b); // expect: 2,1
var o = {};
({ x: o.x, y: o["y"] } = { x: 1, y: 2 });
print(o.x + o.y); // expect: 3
var arr = [];
[arr[0], arr[1] = "d"] = ["v"];
print(arr.join()); // expect: v,d
var p, q;
({ p,-- q = p * 2 } = { p: 4 });
print(p + q); // expect: 12
var r = ([a, b] = [7, 8]);
print(r.join()); // expect: 7,8
