// node: skip (node 20 has no Object.groupBy)
const s = Symbol("s");
const r = Object.groupBy([1, 2, 3, 4], (x, i) => [s, -0, { toString: () => "obj" }, i][x - 1]);
print(r[s].join(), r["0"].join(), r.obj.join(), r[3].join(), Reflect.ownKeys(r).map(String).join());
const idx = [];
Object.groupBy(new Set(["a", "b"]), (v, k) => { idx.push(k); return v; });
print(idx.join());

// expect: 1 2 3 4 0,3,obj,Symbol(s)
// expect: 0,1
