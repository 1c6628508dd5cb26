// Private methods cannot be assigned.
class A {
  #m() { return 1; }
  assign() { this.#m = function () { return 2; }; }
  compound() { this.#m += 1; }
  get m() { return this.#m(); }
}
const a = new A();
try { a.assign(); } catch (e) { console.log(e.constructor.name, e.message); }
try { a.compound(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(a.m);
// expect: TypeError Private method '#m' is not writable
// expect: TypeError Private method '#m' is not writable
// expect: 1
