// node: skip (node 20 has no Float16Array)
const f = new Float16Array(new SharedArrayBuffer(4));
f[0] = 1.5;
print(f[0], f.buffer instanceof SharedArrayBuffer);
try { Atomics.load(f, 0); } catch (e) { print(e.constructor.name); }
try { Atomics.store(f, 0, 1); } catch (e) { print(e.constructor.name); }

// expect: 1.5 true
// expect: TypeError
// expect: TypeError
