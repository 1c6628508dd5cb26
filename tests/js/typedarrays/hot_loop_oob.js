function get(a, i) { return a[i]; }
function put(a, i, v) { a[i] = v; }
const a = new Int32Array(4);
let u = 0;
for (let i = 0; i < 2000; i++) { put(a, i & 7, i); if (get(a, i & 7) === undefined) u++; }
print(u, a.join());

// expect: 1000 1992,1993,1994,1995
