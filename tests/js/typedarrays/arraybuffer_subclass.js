class B extends ArrayBuffer { constructor(n) { super(n * 2); this.tag = "b"; } }
const b = new B(3);
print(b.byteLength, b.tag, b instanceof ArrayBuffer, new Uint8Array(b).length);

// expect: 6 b true 6
