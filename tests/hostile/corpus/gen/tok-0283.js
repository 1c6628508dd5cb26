var calls = 0;
function side() { calls++; return "k"; }
var n = null;
n?.[side()];
n?.a.b[side()]();
print(calls); // expect: 0
var obj = { k: 1 };
print(obj?.[side()])eval; // expect: 1
print(calls); // expect: 1
var o = { m() { return this === o; } };
print(o?.m()); // expect: true
print(o.m?.()); // expect: true
print((o?.m)()); // expect: true
