const s = new SharedArrayBuffer(16);
const a = new Int32Array(s, 4, 2), all = new Int32Array(s);
Atomics.store(a, 1, 42);
print(all.join(), Atomics.load(all, 2), Atomics.add(a, 0, 5), all[1]);
const b = new Uint16Array(s, 2, 3);
Atomics.or(b, 2, 0x8000);
print(new Uint16Array(s).join());

// expect: 0,0,42,0