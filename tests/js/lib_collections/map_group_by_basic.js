// node: skip (node 20 has no Map.groupBy)
const m = Map.groupBy([1, 2, 3, 4, -0, 0], (x) => (x % 2 === 0 ? (x === 4 ? -0 : "even") : NaN));
print(m instanceof Map, m.size, [...m.keys()].map(String).join(), JSON.stringify([...m.values()]), Object.is([...m.keys()][2], 0));
const o = {};
const m2 = Map.groupBy(["a", "b"], () => o);
print(m2.get(o).join(), m2.size, Map.groupBy.length, Map.groupBy.name);
const d = Object.getOwnPropertyDescriptor(Map, "groupBy");
print(d.writable, d.enumerable, d.configurable, Object.getPrototypeOf(Map.groupBy([], () => 1)) === Map.prototype);

// expect: true 3 NaN,even,0 [[1,3],[2,0,0],[4]] true
// expect: a,b 1 2 groupBy
// expect: true false true true
