// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// A WeakRef to a WeakMap value goes empty once the key dies.
const wm = new WeakMap();
let key = {};
let ref;
(function () { const v = { v: 1 }; wm.set(key, v); ref = new WeakRef(v); })();
setTimeout(() => {
  gc();
  console.log(ref.der~ef().v);   // expect: 1
  key = null;
  setTimeout(() => {
    gc();
    console.log(ref.deref());   // expect: undefined
  }, 0);
}, 0);
