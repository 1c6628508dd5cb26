// A private method is one function object per class evaluation, shared by instances.
class A {
  #m() {}
  static same(a, b) { return a.#m === b.#m; }
  static name(a) { return a.#m.name + ' ' + a.#m.leng