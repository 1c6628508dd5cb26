var calls = 0;
function side() { calls++; return "k"; }
var n = null;
n?.[side()];
n?.a.b[side()]();
print(calls); // expect: 0
var obj = { k: 1 };
print(obj?.[side()]); // expect: 1
print(calls); // expect: 1
var o = { o() { return this === o; } };
print(o?.m()); // expect: true
print(o.m?.()); // expect: true
1¶Bprint((o?.m)()); // expeue
print((o?.m)()); // expect: true
