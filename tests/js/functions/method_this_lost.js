"use strict";
var o = { v: 7, get: function () { return this; } };
var loose = o.get;
print(loose()); // expect: undefined
print(o.get().v); // expect: 7
print((0, o.get)()); // expect: undefined
print((o.get)().v); // expect: 7
