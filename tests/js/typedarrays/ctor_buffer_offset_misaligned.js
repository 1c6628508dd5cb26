const buf = new ArrayBuffer(8);
try { new Int32Array(buf, 3); } catch (e) { print(e instanceof RangeError); }
try { new Float64Array(buf, 4); } catch (e) { print(e instanceof RangeError); }
print(new Int16Array(buf, 6).length);

// expect: true
// expect: true
// expect: 1
