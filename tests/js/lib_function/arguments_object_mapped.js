// sloppy mapped arguments vs strict unmapped
function sloppy(a) { arguments[0] = 2; return a; }
function strict(a) { 'use strict'; arguments[0] = 2; return a; }
function withDefault(a = 0) { arguments[0] = 2; return a; }
print(sloppy(1), strict(1), withDefault(1)); // expect: 2 1 1
function rev(a) { a = 5; return arguments[0]; }
print(rev(1), rev()); // expect: 5 undefined
function len() { return arguments.length; }
print(len(), len(undefined), len(1, 2, 3)); // expect: 0 1 3
function tag() { return Object.prototype.toString.call(arguments) + typeof arguments[Symbol.iterator]; }
print(tag()); // expect: [object Arguments]function
function callee() { return arguments.callee === callee; }
print(callee()); // expect: true
function sc() { 'use strict'; try { return arguments.callee; } catch (e) { return e.constructor.name; } }
print(sc()); // expect: TypeError
