// node: skip (node 20 has no ArrayBuffer.prototype.transfer / detached)
function fresh() { const u = new Uint8Array([1, 2, 3, 4]); return u; }
let u = fresh(), seen = [];
u.forEach((x, i) => { seen.push(x); if (i === 1) u.buffer.transfer(); });
print(seen.join());
u = fresh();
print(u.map((x, i) => { if (i === 1) u.buffer.transfer(); return x * 2; }).join());
u = fresh();
print(u.filter((x, i) => { if (i === 0) u.buffer.transfer(); return true; }).length);
u = fresh();
print(u.findIndex((x, i) => { if (i === 0) u.buffer.transfer(); return x === undefined; }));
u = fresh();
print(u.reduce((acc, x, i) => { if (i === 1) u.buffer.transfer(); return acc + String(x) + ","; }, ""));
u = fresh();
print(u.some((x, i) => { if (i === 0) u.buffer.transfer(); return false; }), u.length);

// expect: 1,2,,
// expect: 2,4,0,0
// expect: 4
// expect: 1
// expect: 1,2,undefined,undefined,
// expect: false 0
