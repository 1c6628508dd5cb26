const d = new DataView(new ArrayBuffer(4), 1);
print(d.getUint8(2));
try { d.getUint8(3); } catch (e) { print(e instanceof RangeError); }
try { d.getUint16(2); } catch (e) { print(e instanceof RangeError); }
try { d.setFloat32(0, 1); } catch (e) { print(e instanceof RangeError); }
try { d.getInt8(-1); } catch (e) { print(e instanceof RangeError); }
try { d.getInt8(Infinity); } catch (e) { print(e instanceof RangeError); }
print(d.getUint8(), d.getUint8("1"), d.getUint8(1.9));

// expect: 0
// expect: true
// expect: true
// expect: true
// expect: true
// expect: true
// expect: 0 0 0
