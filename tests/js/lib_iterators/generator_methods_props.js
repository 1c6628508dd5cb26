// %GeneratorPrototype% methods: attributes and lengths
const GP = Object.getPrototypeOf(function* () {}).prototype;
for (const n of ['next', 'return', 'throw']) {
  const d = Object.getOwnPropertyDescriptor(GP, n);
  print(n, d.writable, d.enumerable, d.configurable, GP[n].length);
}
const t = Object.getOwnPropertyDescriptor(GP, Symbol.toStringTag);
print(t.value, t.writable, t.configurable);
// expect: next true false true 1
// expect: return true false true 1
// expect: throw true false true 1
// expect: Generator false true
