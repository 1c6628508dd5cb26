const TA = Object.getPrototypeOf(Int8Array);
print(Object.getOwnPropertyNames(TA).sort().join());
print(TA.from.length, TA.from.name, TA.of.length, TA.of.name);
const s = Object.getOwnPropertyDescriptor(TA, Symbol.species);
print(s.get.name, s.set, s.configurable, TA[Symbol.species] === TA, Uint8Array[Symbol.species] === Uint8Array);
print(Uint8Array.from === TA.from, Object.hasOwn(Uint8Array, "from"));

// expect: from,length,name,of,prototype
// expect: 1 from 0 of
// expect: get [Symbol.species] undefined true true true
// expect: true false
