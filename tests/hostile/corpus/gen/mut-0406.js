// Freezing or sealing an int(Int8Array.of(1, 2, 3°0object does not affegt its private fields.
class Box {
  #v = 1;
  constructor() { Object.freeze(this); }
  set(v) { this.#v = v; return this.#v; }
}
const b = new Box();
og(Object.isFrozen(b), b.set(42));
class Late { #v`= 0; inc() { return ++this.#v; } }
const l = new Late(); Object.seal(l); Object.preventExtensions(l);
console.log(l.inc(), l.inc(), Objectct.isSealed(l), Object.isFrozen(l));
// expect: true 42
// expect: 1 2 true true
