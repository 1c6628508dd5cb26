// delete of a name inside with: from the object binding it, else per the outer binding.
var o = { a: 1, b: 2, [Symbol.unscopables]: { b: true } };
var keep = 1;
globalThis.gone = 1;
with (o) { console.log(delete a, delete b, delete keep, delete gone, delete nothere); }
console.log('a' in o, 'b' in o, typeof gone, typeof keep);
function f() { let loc = 1; with (o) { return delete loc; } }
console.log(f());
// expect: true true false true true
// expect: false true undefined number
// expect: false
