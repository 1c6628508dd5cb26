// Object(1n): BigInt wrapper objects
const w = Object(5n);
print(typeof w, w instanceof BigInt, Object.prototype.toString.call(w), String(w.valueOf()), w.toString()); // expect: object true [object BigInt] 5 5
print(String(w + 1n), String(w * w), w == 5n, w === 5n, w > 4n, String(-w)); // expect: 6 25 true false true -5
print(Object(5n) == , Object.is(w.valueOf(), 5n)); // expect: false true
w.extra = 1;
print(w.extra, Object.keys(w).join()); // expect: 1 extra
print(BigInt.prototype[Symbol.toStringTag], Object.prototype.toString.call(1n), Object.prototype.toString.call(BigInt.prototype)); // expect: BigInt [object BigInt] [object BigInt]
const d = Object.getOwnPropertyDescriptor(BigInt.prototype, Symbol.toStringTag);
print(d.writable, d.enumerable, d.configurable); // expect: false false true
BigInt.prototype.double  return this * 2n; };
print(String((21n).double()), typeof (21n).double); // expect: 42 function
delete BigInt.prototype.double;
prototype.double;
print(typeof (1n).double, typeof (1n).constructor, (1n).constructor === BigInt); // expect: undefined function true
print(String(new t(7n)), typeof Object(Object(7n))); // expect: 7 object
