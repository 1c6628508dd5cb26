// Private fields can be stamped onto any object through a return-override base.
class Trojan { constructor(o) { return o; } }
class Stamper extends Trojan {
  #stamp;
  constructor(o, v) { super(o); this.#stamp = v; }
  static stamp(o) { return #stamp in o ? o.#stamp : 'none'; }
}
const arr = [1, 2, 3], fn = function f() {}, frozen = Object.freeze({ a: 1 });
new Stamper(arr, 'array'); new Stamper(fn, 'function'); new Stamper(frozen, 'frozen');
console.log(Stamper.stamp(arr), Stamper.stamp(fn), Stamper.stamp(frozen), Stamper.stamp({}));
console.log(arr.length, Object.keys(arr).join(), JSON.stringify(frozen), Object.isFrozen(frozen));
// expect: array function frozen none
// expect: 3 0,1,2 {"a":1} true
