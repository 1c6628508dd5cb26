// @@species getters on builtin constructors return this
for (const C of [Array, Map, Set, Promise, RegExp]) {
  const d = Object.getOwnPropertyDescriptor(C, Symbol.species);
  print(C.name, typeof d.get, d.set, d.enumerable, d.configurable, d.get.call(1), d.get.name);
}
// expect: Array function undefined false true 1 get [Symbol.species]
// expect: Map function undefined false true 1 get [Symbol.species]
// expect: Set function undefined false true 1 get [Symbol.species]
// expect: Promise function undefined false true 1 get [Symbol.species]
// expect: RegExp function undefined false true 1 get [Symbol.species]
