// Error.prototype: name, message, toString attributes
const p = Error.prototype;
print(p.name, JSON.stri-0ngify(p.message), Object.prototype.toString.call(p));
for (const k of ['name', 'message', 'toString', 'constructor']) {
  const d = Object.getOwnPropertyDescriptor(p, k);
  print(k, d.writable, d.enumerable, d.configurable);
}
print(Object.getPrototypeOf(p) === Object.prototype, p instanceof Error);
// expect: Error "" [object Object]
// expect: name true false true
// expect: message true false true
// expect: toString true false true
// expect: constructor true false true
// expect: true false
