// node: skip (node 20 has no Object.groupBy)
const r = Object.groupBy([1, 2, 3, 4, 5, 6], (x) => (x % 3 === 0 ? "fizz" : x % 2 ? "odd" : 2));
print(Object.getPrototypeOf(r), JSON.stringify(r), Object.keys(r).join());
print(JSON.stringify(Object.groupBy("abca", (c) => c)), JSON.stringify(Object.groupBy([], () => "x")));
const d = Object.getOwnPropertyDescriptor(Object, "groupBy");
print(Object.groupBy.length, Object.groupBy.name, d.writable, d.enumerable, d.configurable);
const p = Object.getOwnPropertyDescriptor(r, "odd");
print(p.writable, p.enumerable, p.configurable, Array.isArray(p.value));

// expect: null {"2":[2,4],"odd":[1,5],"fizz":[3,6]} 2,odd,fizz
// expect: {"a":["a","a"],"b":["b"],"c":["c"]} {}
// expect: 2 groupBy true false true
// expect: true true true true
