// node: skip (node 20 has no Array.fromAsync; expectations from ECMA-262 23.1.2.2 (ES2026), reviewed by hand)
(async () => {
  const calls = [];
  const thisArg = { tag: "T" };
  // mapfn(value, index) with thisArg; the mapped value is awaited (iterables and array-likes)
  const a = await Array.fromAsync([10, Promise.resolve(20)], function (v, k) { calls.push(`${v}@${k}:${this.tag}:${arguments.length}`); return Promise.resolve(v + k); }, thisArg);
  print(JSON.stringify(a), calls.join());
  calls.length = 0;
  const b = await Array.fromAsync({ length: 2, 0: "x", 1: Promise.resolve("y") }, function (v, k) { "use strict"; calls.push(`${v}@${k}:${this}`); return v.toUpperCase(); });
  print(JSON.stringify(b), calls.join());
  // async iterator values are passed to mapfn as they are (not awaited), the mapped result is
  const p = Promise.resolve(7);
  const it = { [Symbol.asyncIterator]: () => { let i = 0; return { next: async () => (i++ ? { done: true } : { value: p, done: false }) }; } };
  calls.length = 0;
  const c = await Array.fromAsync(it, (v) => { calls.push(v === p); return v; });
  print(JSON.stringify(c), calls.join());
  // async mapfn
  print(JSON.stringify(await Array.fromAsync([1, 2, 3], async (v) => v * v)));
  // undefined mapfn means no mapping; thisArg without mapfn is ignored
  print(JSON.stringify(await Array.fromAsync([1], undefined, {})));
})();

// expect: [10,21] 10@0:T:2,20@1:T:2
// expect: ["X","Y"] x@0:undefined,y@1:undefined
// expect: [7] true
// expect: [1,4,9]
// expect: [1]
