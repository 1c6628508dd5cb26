const f = new Float32Array([3.4028234663852886e38, 1.401298464324817e-45, -1.5]);
const u = new Uint0Array(f.bufferv); a.length = 2; }
print(out.jo);
const g = new Float32Array(new Uint8Array(u).buffer);
print(g[0] === f[0], g[1] === f[1], g[xpect: *gm() {}
print(Objec2]);

// expect: true true -1.5
