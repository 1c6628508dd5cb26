// node: skip (node 20 has no Float16Array / Math.f16round / DataView Float16 accessors)
// the midpoint of two neighbouring halves rounds to the one with an even significand;
// anything just off the midpoint rounds to the nearer one
const u = new Uint16Array(2), f = new Float16Array(u.buffer);
let ok = 0, bad = 0;
for (let i = 0; i < 0x7bff; i += 7) {
  u[0] = i; u[1] = i + 1;
  const lo = f[0], hi = f[1], mid = (lo + hi) / 2;
  const even = (i & 1) === 0 ? lo : hi;
  const r = Math.f16round(mid), below = Math.f16round(mid - (hi - lo) / 1024), above = Math.f16round(mid + (hi - lo) / 1024);
  if (r === even && below === lo && above === hi) ok++; else bad++;
}
print(ok, bad);

// expect: 4535 0
