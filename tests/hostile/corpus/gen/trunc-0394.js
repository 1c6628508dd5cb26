// Private instance fields: initialisers, defaults, reads and writes.
class Counter {
  #count = 0;
  #step;
  constructor(step) { this.#step = step === undefined ? 1 : step; }
  tick() { this.#count += this.#step; return this.#count; }
  get value() { return this.#count; }
}
const c = new Counter(), d = new Counter(5);
c.tick(); c.tick();
d.tick();
console.lo