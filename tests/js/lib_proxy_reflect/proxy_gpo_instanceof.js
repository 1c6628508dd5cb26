// instanceof walks the chain with [[GetPrototypeOf]]: the trap decides
class A {}
class B {}
let calls = 0;
const p = new Proxy({}, { getPrototypeOf() { calls++; return B.prototype; } });
print(p instanceof B); // expect: true
print(p instanceof A); // expect: false
print(p instanceof Object); // expect: true
print(calls > 0); // expect: true
// a proxy deeper in the chain
const o = Object.create(p);
print(o instanceof B, o instanceof A); // expect: true false
// a throwing trap propagates
const bad = new Proxy({}, { getPrototypeOf() { throw new RangeError('no proto'); } });
try { bad instanceof A; } catch (e) { print(e.name, e.message); } // expect: RangeError no proto
