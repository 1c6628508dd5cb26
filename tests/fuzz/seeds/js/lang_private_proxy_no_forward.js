// A proxy does not forward private names: the proxy object itself has none.
class A {
  #x = 'x';
  static read(o) { return o.#x; }
  static has(o) { return #x in o; }
}
const a = new A();
const trapped = [];
const p = new Proxy(a, {
  get(t, k) { trapped.push('get'); return Reflect.get(t, k); },
  has(t, k) { trapped.push('has'); return Reflect.has(t, k); },
});
console.log(A.has(p), A.has(a));
try { A.read(p); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(trapped.length);
// expect: false true
// expect: TypeError: Cannot read private member #x from an object whose class did not declare it
// expect: 0
