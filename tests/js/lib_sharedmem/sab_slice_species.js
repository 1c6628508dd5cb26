const s = new SharedArrayBuffer(4);
class Sub extends SharedArrayBuffer {}
const sub = new Sub(4);
print(sub.slice(1) instanceof Sub, sub.slice(1).byteLength);
s.constructor = { [Symbol.species]: function (n) { return new ArrayBuffer(n); } };
try { s.slice(); } catch (e) { print("ArrayBuffer", e.constructor.name); }
s.constructor = { [Symbol.species]: function () { return s; } };
try { s.slice(); } catch (e) { print("same", e.constructor.name); }
s.constructor = { [Symbol.species]: function () { return new SharedArrayBuffer(1); } };
try { s.slice(); } catch (e) { print("small", e.constructor.name); }
s.constructor = { [Symbol.species]: function (n) { return new SharedArrayBuffer(n + 2); } };
print(s.slice(1).byteLength);

// expect: true 3
// expect: ArrayBuffer TypeError
// expect: same TypeError
// expect: small TypeError
// expect: 5
