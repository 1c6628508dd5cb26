const b = new ArrayBuffer(4, { maxByteLength: 4 });
const u = new Uint8Array(b, 0, 4);
const it = u.keys();
it.next();
b.resize(2);
try { it.next(); } catch (e) { print(e instanceof TypeError); }

// expect: true
