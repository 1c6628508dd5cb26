const buf = new ArrayBuffer(8);
try { new Uint8Array(buf, 9); } catch (e) { print("offset", e instanceof RangeError); }
try { new Uint8Array(buf, 4, 5); } catch (e) { print("length", e instanceof RangeError); }
try { new Uint8Array(buf, -1); } catch (e) { print("negative", e instanceof RangeError); }
print(new Uint8Array(buf, 8).length, new Uint8Array(buf, 4, 4).length);

// expect: offset true
// expect: length true
// expect: negative true
// expect: 0 4
