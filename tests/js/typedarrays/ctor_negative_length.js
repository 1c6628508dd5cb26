try { new Uint8Array(-1); } catch (e) { print(e instanceof RangeError); }
new Int32Array(-1);

// expect: true
// expect error: RangeError
