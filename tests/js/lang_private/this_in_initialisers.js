// `this` in private field initialisers is the instance (or the class, for static ones).
class C {
  #self = this;
  #double = this.base * 2;
  static #cls = this;
  static #name = this.name;
  get base() { return 21; }
  check() { return this.#self === this && this.#double === 42; }
  static check() { return C.#cls === C && C.#name; }
}
console.log(new C().check(), C.check());
// expect: true C
