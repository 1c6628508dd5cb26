// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// Symbols that are not registered can be WeakRef targets.
let s = Symbol("weak");
const wr = new WeakRef(s);
console.log(wr.deref() === s, String(wr.deref()));   // expect: true Symbol(weak)
s = null;
const wk = new WeakRef(Symbol.iterator);   // well-known symbols are fine too
setTimeout(() => {
  gc();
  console.log(wr.deref(), wk.deref() === Symbol.iterator);   // expect: undefined true
}, 0);
