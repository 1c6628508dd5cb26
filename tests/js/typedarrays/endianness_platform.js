const u16 = new Uint16Array([0x0102]);
const u8 = new Uint8Array(u16.buffer);
print(u8[0], u8[1]);
const f = new Float32Array([1]);
print(new Uint8Array(f.buffer).join());

// expect: 2 1
// expect: 0,0,128,63
