// node: skip (node 20 has no ArrayBuffer.prototype.transfer / detached)
const tries = {
  "detached": () => { const b = new ArrayBuffer(1); b.transfer(); b.transfer(); },
  "detached fixed": () => { const b = new ArrayBuffer(1); b.transferToFixedLength(); b.transferToFixedLength(1); },
  "negative": () => new ArrayBuffer(1).transfer(-1),
  "too big": () => new ArrayBuffer(1).transfer(2 ** 53),
  "over max": () => new ArrayBuffer(1, { maxByteLength: 4 }).transfer(5),
  "not a buffer": () => ArrayBuffer.prototype.transfer.call({}),
  "typed array": () => ArrayBuffer.prototype.transferToFixedLength.call(new Uint8Array(2)),
  "symbol": () => new ArrayBuffer(1).transfer(Symbol()),
  "detached getter": () => Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "detached").get.call(new DataView(new ArrayBuffer(1))),
};
for (const [k, f] of Object.entries(tries))
  try { f(); print(k, "no error"); } catch (e) { print(k, e.constructor.name); }
const r = new ArrayBuffer(1, { maxByteLength: 4 });
try { r.transfer(5); } catch (e) { print(r.detached, r.byteLength); }
print(r.transferToFixedLength(5).byteLength, r.detached);

// expect: detached TypeError
// expect: detached fixed TypeError
// expect: negative RangeError
// expect: too big RangeError
// expect: over max RangeError
// expect: not a buffer TypeError
// expect: typed array TypeError
// expect: symbol TypeError
// expect: detached getter TypeError
// expect: false 1
// expect: 5 true
