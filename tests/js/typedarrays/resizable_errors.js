const b = new ArrayBuffer(2, { maxByteLength: 4 });
try { b.resize(5); } catch (e) { print(e instanceof RangeError); }
try { new ArrayBuffer(2).resize(1); } catch (e) { print(e instanceof TypeError); }
try { new ArrayBuffer(5, { maxByteLength: 4 }); } catch (e) { print(e instanceof RangeError); }
try { b.resize(-1); } catch (e) { print(e instanceof RangeError); }
print(new ArrayBuffer(1, {}).resizable, new ArrayBuffer(1, { maxByteLength: undefined }).resizable);

// expect: true
// expect: true
// expect: true
// expect: true
// expect: false false
