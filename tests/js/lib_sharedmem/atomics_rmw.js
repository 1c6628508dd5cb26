for (const T of [Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array]) {
  for (const buf of [new ArrayBuffer(16), new SharedArrayBuffer(16)]) {
    const a = new T(buf);
    a[0] = 5;
    const r = [Atomics.add(a, 0, 3), Atomics.sub(a, 0, 10), Atomics.and(a, 0, 0x7e), Atomics.or(a, 0, 0x81),
               Atomics.xor(a, 0, 0xff), Atomics.exchange(a, 0, -1), Atomics.load(a, 0)];
    print(T.name, buf.constructor.name, r.join());
  }
}

// expect: Int8Array ArrayBuffer 5,8,-2,126,-1,0,-1
// expect: Int8Array SharedArrayBuffer 5,8,-2,126,-1,0,-1
// expect: Uint8Array ArrayBuffer 5,8,254,126,255,0,255
// expect: Uint8Array SharedArrayBuffer 5,8,254,126,255,0,255
// expect: Int16Array ArrayBuffer 5,8,-2,126,255,0,-1
// expect: Int16Array SharedArrayBuffer 5,8,-2,126,255,0,-1
// expect: Uint16Array ArrayBuffer 5,8,65534,126,255,0,65535
// expect: Uint16Array SharedArrayBuffer 5,8,65534,126,255,0,65535
// expect: Int32Array ArrayBuffer 5,8,-2,126,255,0,-1
// expect: Int32Array SharedArrayBuffer 5,8,-2,126,255,0,-1
// expect: Uint32Array ArrayBuffer 5,8,4294967294,126,255,0,4294967295
// expect: Uint32Array SharedArrayBuffer 5,8,4294967294,126,255,0,4294967295
