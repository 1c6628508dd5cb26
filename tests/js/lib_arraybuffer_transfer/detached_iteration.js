// node: skip (node 20 has no ArrayBuffer.prototype.transfer / detached)
const u = new Uint8Array([1, 2, 3]);
const it = u[Symbol.iterator]();
print(JSON.stringify(it.next()));
u.buffer.transfer();
try { it.next(); print("no error"); } catch (e) { print(e.constructor.name); }
const v = new Uint8Array([1, 2, 3]);
const got = [];
try { for (const x of v) { got.push(x); if (x === 2) v.buffer.transfer(); } } catch (e) { got.push(e.constructor.name); }
print(got.join());
const w = new Uint8Array([1]);
const done = w.values();
done.next(); print(JSON.stringify(done.next()));
w.buffer.transfer();
print(JSON.stringify(done.next()));

// expect: {"value":1,"done":false}
// expect: TypeError
// expect: 1,2,TypeError
// expect: {"done":true}
// expect: {"done":true}
