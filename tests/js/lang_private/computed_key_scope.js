// Computed keys in a class body are evaluated once with the class's private names in scope.
let n = 0;
class K {
  static #prefix = 'p';
  [`key${++n}`] = n;
  static [`s${++n}`]() { return 's'; }
  #v = n;
  get v() { return this.#v; }
}
const k = new K();
console.log(Object.keys(k).join(), typeof K.s2, k.v, n);
// expect: key1 function 2 2
