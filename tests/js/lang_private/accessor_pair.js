// Private getter and setter pairs.
class Temp {
  #c = 0;
  get #f() { return this.#c * 9 / 5 + 32; }
  set #f(v) { this.#c = (v - 32) * 5 / 9; }
  setF(v) { this.#f = v; return this.#c; }
  getF() { return this.#f; }
  bump() { this.#f += 9; return this.#c; }
}
const t = new Temp();
console.log(t.setF(212), t.getF(), t.bump());
// expect: 100 212 105
