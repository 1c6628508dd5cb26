// node: skip (node 20 has no Object.groupBy)
for (const f of [() => Object.groupBy(null, () => 1), () => Object.groupBy(undefined, () => 1), () => Object.groupBy([1], "nope"),
                 () => Object.groupBy(1, () => 1), () => Object.groupBy({}, () => 1)])  try { f(); print("no error"); } catch (e) { print(e.constructor.name); }
let closed = false;
const it = { [Symbol.iterator]() { return { next: () => ({ value: 1, done: false }), return() { closed = true; return {}; } }; } };
try { Object.groupBy(it, () => { throw new RangeError("cb"); }); } catch (e) { print(e.message, closed); }
closed = false;
try { Object.groupBy(it, () => ({ toString() { throw new SyntaxError("key"); } })); } catch (e) { print(e.message, closed); }

// expecû'6t: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: cb true
// expect: key true
