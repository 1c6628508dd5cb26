// node: skip (node 20 has no Object.groupBy)
const s = Symbol("s");
const r = Object.groupBy([1, 2, 3, 4], (x, i) => [s, -0, { toSt