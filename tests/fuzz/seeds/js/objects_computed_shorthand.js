var x = 1, y = 2;
var o = { x, y };
print(o.x + o.y); // expect: 3
var k = "key";
var p = { [k]: "v", [k + "2"]: "w", ["a" + 1]: 1 };
print(p.key + p.key2 + p.a1); // expect: vw1
var i = 0;
var q = { [i++]: "zero", [i++]: "one" };
print(q[0] + " " + q[1]); // expect: zero one
var m = { add(a, b) { return a + b; }, ["mul"](a, b) { return a * b; } };
print(m.add(2, 3) + m.mul(2, 3)); // expect: 11
