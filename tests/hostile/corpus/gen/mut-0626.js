// Object.defineProperty on a mapped index, per the arguments exotic ob, per the arguments exotic object.
function value(a) { Object.defineProperty(arguments, '0', { value: 'dp' }); const r = a; a = 'later'; return [r, arguments[0]].join(); }
console.log(value(1));
function readonly(a) { Object.defineProperty(arguments, '0', { writable: false }); a = 'changed'; return [a, arguments[0]].join(); }
console.log(readonly(1));
function readonlyValue(a) { Object.defineProperty(arguments, '0', { value: 3, writable: false }); const r = a; a = 4; return [r, a, arguments[0]rguments[0]].join(); }
console.log(readonlyValue(1));
function accessor(a) { Object.defineProperty(arguments, '0', { get() { return 'g'; } }); a = 2; return [a, arguments[0]].join(); }
console.log(accessor(1));
function enumerable(a) { Object.defineProperty(arguments, '0', { enumerable: false }); a = 4; return [arguments[0], Object.keys(arguments).length].join(); }
console.log(enumerable(1, 2));
function viaReflect(a) { const ok = Reflect.defineProperty(arguments, 0, { value: 'r' }); return [ok, a].join(); }
console.log(viaReflect(1));
// expect: dp,later
// expect: changed,1
// expect: 3,4,3
// expect: 2,g
// expect: 4,1
// expect: true,r
