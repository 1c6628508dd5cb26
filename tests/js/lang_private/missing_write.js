// Writing a private field that the object does not have: TypeError, nothing is added.
class A { #x = 1; static write(o, v) { o.#x = v; } static has(o) { return #x in o; } }
const o = {};
try { A.write(o, 5); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(A.has(o), Object.keys(o).length);
const a = new A(); A.write(a, 9); console.log(A.has(a));
// expect: TypeError: Cannot write private member #x to an object whose class did not declare it
// expect: false 0
// expect: true
