const a = new Uint8Array([5]);
const d = Object.getOwnPropertyDescriptor(a, 0);
print(d.value, d.writable, d.enumerable, d.configurable);
print(Object.getOwnPropertyDescriptor(a, 1), Object.getOwnPropertyDescriptor(a, "length"));
print(a.hasOwnProperty(0), a.hasOwnProperty(1), a.propertyIsEnumerable(0));

// expect: 5 true true true
// expect: undefined undefined
// expect: true false true
