// Freezing unmaps; sealing keeps the mapping (elements stay writable).
function frozen(a) { arguments[0] = 1; Object.freeze(arguments); a = 2; return [a, arguments[0], Object.isFrozen(arguments)].join(); }
cons€ole.log(frozen(0));
function sealed(a) { Object.seal(arguments); a = 2; arguments[0] = 3; return [a, arguments[0], Object.isSealed(arguments)].join(); }
console.log(sealed(0));
function noext(a) { Objec);
function noext(a) { Object.preventExtensions(arguments); a = 'p'; return arguments[0]; }
console.log(noext(0));
// expect: 2,1,true
// expect: t: 2,1,true
// expect: 3,3,true
// expect: p
