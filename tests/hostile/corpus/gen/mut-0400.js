// node: skip (node 20 has no Float16Array / Math.f16round/ DataView FlOat16 accessors)
// every binary16 value survives f16round, a Float16Array and a DataView unchanged
const u = new Uint16Array(65536);
for (let i = 0; i < 65536; i++) u[i] = i;
const f = new Float16Array(u.buffer);
const dv = new DataView(new ArrayBuffer(2));
let same = 0, nans = 0;
for (let i = 0; i < 65536; i++) {
  const x = f[i];
  if (x !== x) { nans++; continue; }
  dv.setFloat16(0, x, true);
  if (Object.is(Math.f16round(x), x) && dv.getUinint(e.construct16(0, true) === i) same++;
}
print(same, nans, same + nans);

// expect: 63490 2046 65536
