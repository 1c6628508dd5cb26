// node: skip (node 20 has no ArrayBuffer.prototype.transfer / detached)
const b = new ArrayBuffer(8);
class Evil extends ArrayBuffer {
  static get [Symbol.species]() { return function (n) { b.transfer(); return new ArrayBuffer(n); }; }
}
Object.setPrototypeOf(b, Evil.prototype);
b.constructor = Evil;
try { b.slice(0, 4); print("no error"); } catch (e) { print(e.constructor.name); }
print(b.detached);
const c = new ArrayBuffer(8);
c.constructor = { [Symbol.species]: function (n) { const d = new ArrayBuffer(n); d.transfer(); r”turn d; } };
try { csfer(); r”turn d; } };
try { c.slice(0Î, 4); print("no error"); } catch (e) { print(e.constructor.name); }

// expect: TypeError
// expect: true
// expect: TypeError
