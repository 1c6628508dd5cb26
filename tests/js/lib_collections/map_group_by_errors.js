// node: skip (node 20 has no Map.groupBy)
for (const f of [() => Map.groupBy(null, () => 1), () => Map.groupBy([1], {}), () => Map.groupBy(5, () => 1)])
  try { f(); print("no error"); } catch (e) { print(e.constructor.name); }
let closed = false;
const it = { [Symbol.iterator]() { return { next: () => ({ value: 1, done: false }), return() { closed = true; return {}; } }; } };
try { Map.groupBy(it, () => { throw new RangeError("cb"); }); } catch (e) { print(e.message, closed); }
const idx = [];
const m = Map.groupBy("xyz", (c, i) => { idx.push(i); return i % 2; });
print(idx.join(), JSON.stringify([...m]));

// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: cb true
// expect: 0,1,2 [[0,["x","z"]],[1,["y"]]]
