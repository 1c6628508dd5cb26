// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else setTimeout(() => settle(pred, done, n + 1), 1); }
// Symbols as WeakMap / WeakSet keys (ES2023): unregistered ones are held weakly,
// registered ones are rejected, well-known ones accepted.
const got = [];
const fr = new FinalizationRegistry((h) => got.push(h));
const wm = new WeakMap(), ws = new WeakSet();
const kept = Symbol("kept");
wm.set(kept, "k"); ws.add(kept);
wm.set(Symbol.iterator, "well-known");
try { wm.set(Symbol.for("reg"), 1); } catch (e) { console.log(e.constructor.name, e.message); }   // expect: TypeError Invalid value used as weak map key
try { ws.add(Symbol.for("reg")); } catch (e) { console.log(e.constructor.name, e.message); }      // expect: TypeError Invalid value used in weak set
(function () { const s = Symbol("dropped"); const v = {}; wm.set(s, v); fr.register(v, "value"); fr.register(s, "symbol"); })();
setTimeout(() => {
  gc();
  console.log(wm.get(kept), ws.has(kept), wm.get(Symbol.iterator), wm.has(Symbol.for("reg")));   // expect: k true well-known false
  settle(() => got.length >= 2, () => console.log(got.sort().join(",")));   // expect: symbol,value
}, 0);
