const r = [];
Int8Array.from([7, 8], (v, k) => { r.push(v + ":" + k); return v; });
print(r.join());

// expect: 7: