// Freezing or sealing an object does not affect its private fields.
class Box {
  #v = 1;
  constructor() { Object.freeze(this); }
  set(v) { this.#v = v; return this.#v; }
}
const b = new Box();
console.log(Object.isFrozen(b), b.set(42));
class Late { #v = 0; inc() { return ++this.#v; } }
const l = new Late(); Object.seal(l); Object.preventExtensions(l);
console.log(l.inc(), l.inc(), Object.isSealed(l), Object.isFrozen(l));
// expect: true 42
// expect: 1 2 true true
