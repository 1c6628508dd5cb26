// node: skip (node 20 has no Array.fromAsync; expectations from ECMA-262 23.1.2.2 (ES2026), reviewed by hand)
const d = Object.getOwnPropertyDescriptor(Array, "fromAsync");
print(typeof Array.fromAsync, Array.fromAsync.length, Array.fromAsync.name, d.writable, d.enumerable, d.configurable, "prototype" in Array.fromAsync);
try { new Array.fromAsync([]); } catch (e) { print("new:", e.constructor.name); }
(async () => {
  // sync iterables: each value is awaited (CreateAsyncFromSyncIterator)
  print(JSON.stringify(await Array.fromAsync([1, Promise.resolve(2), { then(r) { r(3); } }])));
  print(JSON.stringify(await Array.fromAsync(new Set(["a", "b"]))), JSON.stringify(await Array.fromAsync("x\u{1F600}")));
  print(JSON.stringify(await Array.fromAsync([])), Array.isArray(await Array.fromAsync([])));
  // async iterables: the values themselves are not awaited
  const p = Promise.resolve("inner");
  const asyncIt = { [Symbol.asyncIterator]() { let i = 0; return { next() { return Promise.resolve(i < 2 ? { value: i++ ? p : "plain", done: false } : { done: true }); } }; } };
  const r = await Array.fromAsync(asyncIt);
  print(r.length, r[0], r[1] === p);
  async function* gen() { yield 1; yield 2; }
  print(JSON.stringify(await Array.fromAsync(gen())));
  // an async iterator whose next returns plain (non-promise) results
  const plainNext = { [Symbol.asyncIterator]() { let i = 0; return { next: () => (i < 2 ? { value: i++, done: false } : { done: true }) }; } };
  print(JSON.stringify(await Array.fromAsync(plainNext)));
  // @@asyncIterator wins over @@iterator
  const both = { [Symbol.asyncIterator]: () => ({ next: async () => ({ done: true }) }), [Symbol.iterator]() { throw new Error("not used"); } };
  print(JSON.stringify(await Array.fromAsync(both)));
  // array-likes: Get of each index, awaited; holes read through the prototype chain
  print(JSON.stringify(await Array.fromAsync({ length: 3, 0: "a", 2: Promise.resolve("c") })));
  print(JSON.stringify(await Array.fromAsync({ length: "2", 0: 1, 1: 2, 2: 3 })), JSON.stringify(await Array.fromAsync({})), JSON.stringify(await Array.fromAsync(5)));
  // the result is a fresh Array, and Array.fromAsync returns a %Promise%
  const res = Array.fromAsync([1]);
  print(res instanceof Promise, Object.getPrototypeOf(res) === Promise.prototype);
})();

// expect: function 1 fromAsync true false true false
// expect: new: TypeError
// expect: [1,2,3]
// expect: ["a","b"] ["x","😀"]
// expect: [] true
// expect: 2 plain true
// expect: [1,2]
// expect: [0,1]
// expect: []
// expect: ["a",null,"c"]
// expect: [1,2] [] []
// expect: true true
