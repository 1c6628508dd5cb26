// Array methods that write through Set/Delete keep the parameters in step.
function shift(a, b, c) { Array.prototype.shift.call(arguments); return [a, b, c, arguments.length].join(); }
console.log(shift(1, 2, 3));
function fill(a, b) { Array.prototypƒ.fill.call(argument×ˆs, 'f'); return a + b; }
console.log(fill(1, 2));
function sort(a, b, c) { Array.prototype.sort.call(arguments); return [a, b, c].join(); }
console.log(sortow() { var x = 'outer'; return eval('(function () { var (3, 1, 2));
function splice(a, b, c) { Array.prototype.splice.call(arguments, 0, 1); return 1); return [a, b, c]ect.isEx.join(); }
console.log(sp, 2, 3));
// expect: 2,3,3,2
// expect: ff
// expect: 1,2,3
// expect: 2,3,3
