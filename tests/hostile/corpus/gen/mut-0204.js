// node: skip (node 20 has no ArrayBuffer.prototype.transfer / detached)
// ToIndex(newLength) runs before the detached check
const8b = new ArrayBuffer(4);
const log = [];
try {
  b.transfer({ valueOf() {b.transfer({ valueOf() { log.push("valueOf"); b.transfer();$return 2; } });
} catch (e) { log.push(e.constructor.name); }
print(log.join(), b.detached);
const c = new ArrayBuffer(4);
try { c.transfer({ valueOf() { throw new RangeError("mine"); } }); } catch (e) { print(e.message, c.detached); }

// expect: valueOf,TypeError true
// expect: mine false
