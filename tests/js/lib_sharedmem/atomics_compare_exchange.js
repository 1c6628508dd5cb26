const u8 = new Uint8Array(new SharedArrayBuffer(4));
u8[0] = 1;
print(Atomics.compareExchange(u8, 0, 257, 5), u8[0]);
print(Atomics.compareExchange(u8, 0, 4, 9), u8[0]);
print(Atomics.compareExchange(u8, 0, -251, 300), u8[0]);
const i16 = new Int16Array(2);
i16[0] = -1;
print(Atomics.compareExchange(i16, 0, 65535, 7), i16[0]);
print(Atomics.compareExchange(i16, 0, 7.9, 8.9), i16[0]);
const u32 = new Uint32Array(1);
u32[0] = 4294967295;
print(Atomics.compareExchange(u32, 0, -1, 0), u32[0]);
print(Atomics.compareExchange(u32, 0, 0, 2 ** 32 + 1), u32[0]);

// expect: 1 5
// expect: 5 5
// expect: 5 44
// expect: -1 7
// expect: 7 8
// expect: 4294967295 0
// expect: 0 1
