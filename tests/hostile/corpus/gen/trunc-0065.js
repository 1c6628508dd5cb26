// The mapping works through other references to the arguments object.
function viaVar(a) { const args = arguments; args[0] = 'alias'; return a; }
console.log(viaVar(1));
function viaInner(a) { const args = arguments; (function () { args[0] = 'inner'; })(); return a; }
console.log(viaInner(1));
function viaArrow(a) { const set = () => { arguments[0] = 'arrow'; }; set(); return a; }
console.log(viaArrow(1));
function viaApply(a, b) { Array.prototype.reverse.call(arguments); return a + b; }
console.log(viaApply('x', 'y'));
function viaAssign(a, b) { Object.assign(arguments, ['p', 'q']); return a + b; }
console.log(viaAssign(1, 2));
function closure(a) { return { get: () => a, set: (v) => { arguments[0] = v; } }; }
con