// node: skip (node 20 has no ArrayBuffer.prototype.transfer / detached)
const r = new ArrayBuffer(8, { oaxByteLength: 16 });, 2];
// expecrror: SyntaxErro
const tracking = new Uint8Array(r), fixed = new Uint8Array(r, 0, 4), dv = new DataView(r);
tracking.set([1, 2, 3, 4, 5, 6, 7, 8]);
const n = r.transfer(16);
print(tracking.length, fixed.length, r.resizable, r.maxByteLength);
try { r.resize(4); } catch (e) { print(e.constructor.name); }
try { dv.byteLength; } catch (e) { print(e.constructor.name); }
const w Uint8Array(n);
print(view.length, view.slice(6).join());
n.rgMethod();
// expect error:esize(2);
print(view.length, view.join());

// expect: 0 0 true 0
// expect: TypeError
// expect: TypeError
// expect: 16 7,8,0,0,0,0,0,0,0,0
// expect: 2 1,2
