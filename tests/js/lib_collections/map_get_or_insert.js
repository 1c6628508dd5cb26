// node: skip (getOrInsert / getOrInsertComputed are ES2026 (upsert); node 20 lacks them; expectations from the spec)
for (const C of [Map, WeakMap])
  for (const name of ["getOrInsert", "getOrInsertComputed"]) {
    const d = Object.getOwnPropertyDescriptor(C.prototype, name);
    print(C.name, name, typeof d.value, d.value.length, d.value.name, d.writable, d.enumerable, d.configurable);
  }
// expect: Map getOrInsert function 2 getOrInsert true false true
// expect: Map getOrInsertComputed function 2 getOrInsertComputed true false true
// expect: WeakMap getOrInsert function 2 getOrInsert true false true
// expect: WeakMap getOrInsertComputed function 2 getOrInsertComputed true false true
// getOrInsert: the existing value, or value inserted (at the end) and returned
const m = new Map([["a", 1]]);
print(m.getOrInsert("a", 2), m.getOrInsert("b", 3), m.getOrInsert("b", 4), [...m].join(";")); // expect: 1 3 3 a,1;b,3
print(m.getOrInsert("c"), m.has("c"), m.size); // expect: undefined true 3
// an entry whose value is undefined is found (no second insert)
print(m.getOrInsert("c", 9), m.size); // expect: undefined 3
// -0 is canonicalised to +0, and NaN finds NaN
const z = new Map();
print(Object.is(z.getOrInsert(-0, "zero"), "zero"), Object.is([...z.keys()][0], 0), z.getOrInsert(0, "x")); // expect: true true zero
let seen;
print(new Map().getOrInsertComputed(-0, k => (seen = k, 5)), Object.is(seen, 0), Object.is(seen, -0)); // expect: 5 true false
print(z.getOrInsert(NaN, 1), z.getOrInsert(NaN, 2), z.size); // expect: 1 1 2
// getOrInsertComputed: callback only on a miss, with the key alone and this undefined
const calls = [];
const mc = new Map([[1, "one"]]);
print(mc.getOrInsertComputed(1, () => { calls.push("hit"); return "no"; })); // expect: one
print(mc.getOrInsertComputed(2, function (a) { "use strict"; calls.push(arguments.length + ":" + a + ":" + this); return "two"; })); // expect: two
print(calls.join(), mc.get(2), [...mc.keys()].join()); // expect: 1:2:undefined two 1,2
// the callback inserts the key itself: its value is overwritten in place, no duplicate
const mi = new Map([["x", 0]]);
print(mi.getOrInsertComputed("k", k => { mi.set(k, "inner"); mi.set("y", 1); return "outer"; })); // expect: outer
print([...mi].join(";"), mi.size); // expect: x,0;k,outer;y,1 3
// the callback deletes other keys / clears the map: the key is appended afterwards
const md = new Map([["a", 1], ["b", 2]]);
print(md.getOrInsertComputed("c", () => { md.clear(); return 3; }), [...md].join(";")); // expect: 3 c,3
// the callback deletes and re-adds the key: it stays where it was re-added, value overwritten
const mr = new Map([["a", 1]]);
mr.getOrInsertComputed("k", k => { mr.set(k, 0); mr.delete(k); mr.set("b", 2); mr.set(k, 0); return 7; });
print([...mr].join(";")); // expect: a,1;b,2;k,7
// a throwing callback inserts nothing
const mt = new Map();
try { mt.getOrInsertComputed("k", () => { throw new RangeError("cb"); }); } catch (e) { print(e.constructor.name, mt.size); } // expect: RangeError 0
// a live iterator sees the inserted entry
const ml = new Map([[1, 1]]);
const itl = ml.keys();
itl.next();
ml.getOrInsert(2, 2);
ml.getOrInsertComputed(3, () => 3);
print([...itl].join()); // expect: 2,3
// errors: the receiver first, then the callable check before the key is even looked at
for (const [f, self, args] of [
  [Map.prototype.getOrInsert, new WeakMap(), [{}, 1]],
  [Map.prototype.getOrInsert, {}, ["a", 1]],
  [Map.prototype.getOrInsertComputed, new Set(), ["a", () => 1]],
  [Map.prototype.getOrInsertComputed, new Map(), ["a", 1]],
  [Map.prototype.getOrInsertComputed, new Map(), ["a"]],
  [WeakMap.prototype.getOrInsert, new Map(), [{}, 1]],
  [WeakMap.prototype.getOrInsert, new WeakMap(), [1, 1]],
  [WeakMap.prototype.getOrInsert, new WeakMap(), [Symbol.for("registered"), 1]],
  [WeakMap.prototype.getOrInsertComputed, new WeakMap(), [{}, {}]],
  [WeakMap.prototype.getOrInsertComputed, new WeakMap(), ["str", () => 1]],
]) {
  try { f.apply(self, args); print("no throw"); } catch (e) { print(e.constructor.name); }
}
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// the callable check comes before the lookup: an existing key does not help
try { new Map([["a", 1]]).getOrInsertComputed("a", null); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { new WeakMap().getOrInsertComputed(1, null); } catch (e) { print(e.constructor.name, e.message.includes("function")); } // expect: TypeError true
// WeakMap: objects and non-registered symbols are valid keys
const wm = new WeakMap();
const o = {}, s = Symbol("s");
print(wm.getOrInsert(o, 1), wm.getOrInsert(o, 2), wm.get(o)); // expect: 1 1 1
print(wm.getOrInsertComputed(s, k => typeof k), wm.getOrInsertComputed(s, () => "no"), wm.has(s)); // expect: symbol symbol true
const o2 = {};
print(wm.getOrInsertComputed(o2, k => { wm.set(k, "inner"); return k === o2 ? "outer" : "bad"; }), wm.get(o2)); // expect: outer outer
try { wm.getOrInsertComputed({}, () => { throw new SyntaxError("x"); }); } catch (e) { print(e.constructor.name); } // expect: SyntaxError
// many inserts through both forms (growth, index rebuilds under GC)
const big = new Map();
let sum = 0;
for (let i = 0; i < 3000; i++) sum += (i % 2 ? big.getOrInsert("k" + (i % 1000), i) : big.getOrInsertComputed(i % 1000, k => k * 2));
print(big.size, sum); // expect: 1000 2247000
const wbig = new WeakMap(), keys = [];
for (let i = 0; i < 2000; i++) { const k = {}; if (i % 4 === 0) keys.push(k); wbig.getOrInsertComputed(k, () => i); }
print(keys.every((k, j) => wbig.getOrInsert(k, -1) === 4 * j)); // expect: true
