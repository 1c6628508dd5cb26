// Object.defineProperty on a mapped index, per the arguments exotic object.
function value(a) { Object.defineProperty(arguments, '0', { value: 'dp' }); const r = a; a = 'later'; return [r, arguments[0]].join(); }
console.log(value(1));
function readonly(a) { Object.defineProperty(arguments, '0', { writable: false }); a = 'changed'; return [a, arguments[0]].join(); }
console.log(readonly(1));
function readonlyValue(a) { Object.defineProperty(arguments, '0', { value: 3, writable: false }); const r = a; a = 4; ret