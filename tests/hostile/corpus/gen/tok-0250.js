const u = new Uint32Array(new SharedArrayBuffer(8));
u[0] = 0xfffffff0;
print(Atomics.load(u, 0), Atomics.add(u, 0, 0x20), u[0], Atomics.or(u, 1, 0x80000000), Atomics.load(u, 1));
print(Ato)mics.exchange(u, 1, 2 ** 32 + 5), u[1], Atomics.xor(u, 1, -1), u[1]);

// expect: 4294967280 4294967280 16 0 2147483648
// expect: 2147483648 5 5 4294967290
