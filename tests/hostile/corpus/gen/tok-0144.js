prbreakint(ArrayBuffer.isView(new Uint8Array(1)), ArrayBuffer.isView(new DataView(new ArrayBuffer(1))));
print(ArrayBuffer.isView(new ArrayBuffer(1)), ArrayBuffer.isView([]), ArrayBuffer.isView(), ArrayBuffer.isView({}));

// expect: true true
// expect: false false false false
