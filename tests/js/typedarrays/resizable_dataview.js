const b = new ArrayBuffer(4, { maxByteLength: 8 });
const dv = new DataView(b);
const dv2 = new DataView(b, 1, 2);
print(dv.byteLength, dv2.byteLength);
b.resize(8);
dv.setUint8(7, 9);
print(dv.byteLength, dv.getUint8(7));
b.resize(2);
try { dv2.byteLength; } catch (e) { print(e instanceof TypeError); }
try { dv2.getUint8(0); } catch (e) { print(e instanceof TypeError); }
print(dv.byteLength);

// expect: 4 2
// expect: 8 9
// expect: true
// expect: true
// expect: 2
