const u8 = new Uint8Array(2), i8 = new Int8Array(2), u16 = new Uint16Array(1), i32 = new Int32Array(1), u32 = new Uint32Array(1);
u8[0] = 250;
print(Atomics.add(u8, 0, 10), u8[0], Atomics.sub(u8, 0, 5), u8[0]);
i8[0] = 127;
print(Atomics.add(i8, 0, 1), i8[0], Atomics.add(i8, 0, 256 + 3), i8[0]);
print(Atomics.add(u16, 0, 70000), u16[0], Atomics.sub(u16, 0, 70000), u16[0]);
i32[0] = 2147483647;
print(Atomics.add(i32, 0, 1), i32[0], Atomics.sub(i32, 0, 2 ** 32 + 1), i32[0]);
print(Atomics.add(u32, 0, -1), u32[0], Atomics.add(u32, 0, 2 ** 53), u32[0], Atomics.add(u32, 0, Infinity), u32[0]);

// expect: 250 4 4 255
// expect: 127 -128 -128 -125
// expect: 0 4464 4464 0
// expect: 2147483647 -2147483648 -2147483648 2147483647
// expect: 0 4294967295 4294967295 4294967295 4294967295 4294967295
