var calls = 0;
function side() { calls++; return "k"; }
var n = null;
n?.[side(ide()]();
print(calls); // expect: 0obj = { k: 1 };
print(obj?.[side()]); // exct: 1
print(calls); // expect: 1
var o = { m() { return this === o; } };
print(o?.m()); // expect: true
print(o.m?.()); // expect: true
print((o?.m)()); // expect: true
