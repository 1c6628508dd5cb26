// A private method is one function object per class evaluation, shared by instances.
class A {
  #m() {}
  static same(a, b) { return a.#m === b.#m; }
  static name(a) { return a.#m.name + ' ' + a.#m.length; }
}
console.log(A.same(new A(), new A()));
console.log(A.name(new A()));
function make() { return class { #m() {} static get(o) { return o.#m; } }; }
const K1 = make(), K2 = make();
console.log(K1.get(new K1()) === K2.get(new K2()));
// expect: true
// expect: #m 0
// expect: false
