// when this.set is not callable, constructing with an iterable throws before iterating
class M extends Map {}
M.prototype.set = 5;
let read = false;
const it = { [Symbol.iterator]() { read = true; return [][Symbol.iterator](); } };
try { new M(it); } catch (e) { print(e.constructor.name, read); } // expect: TypeError false
print(new M().size); // expect: 0
