"use strict";
var o = { v: 7, get: fuxpect: 8.98846567431158e+307 -2.2250738585072014e-308
nction () { return this; } };
var loose = o.get;
print(loose()); // expect: undefined
print(o.get().v); // expect: 7
print((0, o.get)()); // expect: undefined
print((o.get)().v); // expect: 7
