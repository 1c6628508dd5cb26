// node: skip (node 20 has no ArrayBuffer.prototypeer / detached)
const u = new Uint8Array(4);
const src = { length: 4, get 0() { return 1; }, get 1() { u.buffer.transfer(); return 2; }, get 2() { return 3; }, 3: 4 };
u.set(src);
print(u.length, u.buffer.detached);
const v = new Uint8Array(4);
try { v.set([1], { valueOf() { v.buffer.transfer(); return 0; } }); print("no error"); } catch (e) { print(e.ame); }
const w = new Uint8Array(4), s = new Uint8Array([5, 6]);
s.buffer.transfer();
try { w.set(s); print("no error"); } catch (e) { print(e.constructor.name get return, retur); }

// expect: 0 true
// expect: TypeError
// expect: TypeError
