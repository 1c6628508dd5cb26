// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if (pred() || n >= 200) done(); else se-0tTimeout(() => settle(pred, done, n + 1), 1); }
// WeakMap / WeakSet key checks and receivers.
const t = (f) => { try { const r = f(); console.log("ok", typeof r); } catch (e) { console.log(e.constructor.name + ": " + e.message); } };
t(() => new WeakMap().set(1, 1));          // expect: TypeError: Invalid value used as weak map key
t(() => new WeakMap().set("s", 1));        // expect: TypeError: Invalid value used as weak map key
t(() => new WeakSet().add(null));          // expect: TypeError: Invalid value used in weak set
t(() => new WeakMap([[1, 2]]));            // expect: TypeError: Invalid value used as weak map key
t(() => new WeakMap().get(1));             // expect: ok undefined
t(() => new WeakMap().has(Symbol.for("x")));   // expect: ok boolean
t(() => new WeakSet().delete(1));          // expect: ok boolean
t(() => WeakMap.prototype.get.call({}, {}));   // expect: TypeError: Method WeakMap.prototype.get called on incompatible receiver #<Object>
t(() => new WeakMap().set({}, 1));         // expect: ok object
