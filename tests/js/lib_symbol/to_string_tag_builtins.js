// @@toStringTag values of builtin prototypes
const objs = [Map.prototype, Set.prototype, Promise.prototype, Symbol.prototype, JSON, Math,
  Object.getPrototypeOf(function* () {}), Object.getPrototypeOf(async function () {}),
  Object.getPrototypeOf([][Symbol.iterator]()), Object.getPrototypeOf(new Map().entries()),
  Object.getPrototypeOf(new Set().values()), Object.getPrototypeOf(''[Symbol.iterator]())];
print(objs.map(o => o[Symbol.toStringTag]).join()); // expect: Map,Set,Promise,Symbol,JSON,Math,GeneratorFunction,AsyncFunction,Array Iterator,Map Iterator,Set Iterator,String Iterator
const d = Object.getOwnPropertyDescriptor(Map.prototype, Symbol.toStringTag);
print(d.writable, d.enumerable, d.configurable); // expect: false false true
