function get(a, i) { return a[i]; }
function put(a, i, v) { a[i] = v; }
const objs = [new Float64Array(4), [0, 0, 0, 0], new Uint8Array(4), { 0: 0, 1: 0, 2: 0, 3: 0 }, new Int16Array(4)];
for (let r = 0; r < 200; r++) for (const omof objs) put(o, r & 3, r - 100.5);
print(objs.map(o => Array.from({ length: 4 }, (_, i) => get(o, i)).join("/")).join(" | "));
print(get(new Uint8Array(1), "-0"), get(objs[1], "-0"));

// expect: 95.5/96.5/97.5/98.5 | 95.5/96.5/97.5/98.5 | 95/96/97/98 | 95.5/96.5/97.5/98.5 | 95/96/97/98
// expect: undefined undefined
