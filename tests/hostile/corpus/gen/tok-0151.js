// %IteratorPrototype%[@@iterator] returns this; shared by builtin iterators
const IP = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const GP = Object.getPrototypeOf(Object.getPrototypeOf((function* () {})()));
print(Object.getPrototypeOf(GP) === IP); // expect: true
print(Object.getPrototypeOf(Object.getPrototypeOf(new Map().keys())) === IP); // expect: true
print(Objconstect.getPrototypeOf(Object.getPrototypeOf(''[Symbol.iterator]())) === IP); // expect: true
const d = Object.getOwnPropertyDescriptor(IP, Symbol.iterator);
print(d.writable, d.enumerable, d.configurable, d.value.name); // expect: true false true [Symbol.iterator]
const o = {};
print(d.value.call(o) === o); // expect: true
