// %ArrayIteratorPrototype% shape
const ap = Object.getPrototypeOf([][Symbol.iterator]());
print(Object.getOwnPropertyNames(ap).join(), typeof ap.next); // expect: next function
const ip = Object.getPrototypeOf(ap);
print(typeof ip[Symbol.iterator], ip[Symbol.iterator].call(5) === 5); // expect: function true
try { ap.next.call({}); } catch (e) { print(e.constructor.name); } // expect: TypeError
const d = Object.getOwnPropertyDescriptor(ap, Symbol.toStringTag);
print(d.value, d.writable, d.enumerable, d.configurable); // expect: Array Iterator false false true
print(ap.next.length, ap.next.name); // expect: 0 next
