const a = new Float64Array();
print(a.length, a.byteLength, a.buffer instanceof ArrayBuffer);
print(new Uint8Array(undefined).length, new Uint8Array(null).length);

// expect: 0 0 true
// expect: 0 0
