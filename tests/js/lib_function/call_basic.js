// Function.prototype.call: this binding in strict and sloppy callees
function sloppy() { return this; }
function strict() { 'use strict'; return this; }
print(sloppy.call(null) === globalThis, sloppy.call(undefined) === globalThis); // expect: true true
print(typeof sloppy.call(5), sloppy.call(5) instanceof Number); // expect: object true
print(strict.call(null), strict.call(undefined), strict.call(5), typeof strict.call('s')); // expect: null undefined 5 string
print(Function.prototype.call.length, Function.prototype.call.name); // expect: 1 call
try { Function.prototype.call.call({}); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Math.max.call(null, 1, 3, 2)); // expect: 3
