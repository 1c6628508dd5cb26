print(new Uint8Array(2.9).length, new Uint8Array("3").length, new Uint8Array(-0.5).length, new Uint8Array(NaN).length);
print(new Uint8Array(true).length, new Int16Array(" 5 ").length, new Int32Array([]).length);

// expect: 2 3 0 0
// expect: 1 5 0
