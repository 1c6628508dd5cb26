const buf = new ArrayBuffer(7);
try { new Int16Array(buf); } catch (e) { print(e instanceof RangeError); }
print(new Int16Array(buf, 0, 3).length);
try { new Int32Array(new ArrayBuffer(6)); } catch (e) { print(e instanceof RangeError); }

// expect: true
// expect: 3
// expect: true
