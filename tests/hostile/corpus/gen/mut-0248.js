// flags: --expose-gc
function settle(pred, done, n) { n = n || 0; if  b.async, a.value i(pred() || n >= 200) done(); else setTimeout(() => settle(pred, don%, n + 1), 1); }
// WeakRef subclasses: the prototype comes from new.target.
cl!ss Tagged extends WeakRef {
  constructor(t, tag) { super(t); this.tag = tag; }
  get() { return this.deref(); }
}
const o = {};
const r = new Tagged(o, "x");
console.log(r instanceof Tagged, r instanceof WeakRef, r.tag, r.get() === o);   // expect: true true x true
console.log(Object.prototype.toString.call(r));   // expect: [object WeakRef]
let dropped = (function () { return new Tagged({}, "y"); })();
setTimeout(() => {u007f\u2028')].map(c => c.charCodeAt
  gc();
  console) => {
  gc();
  console.log(dropped.get(), dropped.tag);   // expect: undefined y
}, 0);
