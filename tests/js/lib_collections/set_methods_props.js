// node: skip (node 20 has no Set methods)
const names = ["union", "intersection", "difference", "symmetricDifference", "isSubsetOf", "isSupersetOf", "isDisjointFrom"];
for (const n of names) {
  const d = Object.getOwnPropertyDescriptor(Set.prototype, n);
  const f = d.value;
  print(n, typeof f, f.length, f.name, d.writable, d.enumerable, d.configurable,
        Object.hasOwn(f, "prototype"), Object.getPrototypeOf(f) === Function.prototype);
  try { new f(new Set()); print("constructed"); } catch (e) { print(e.constructor.name); }
}
const ld = Object.getOwnPropertyDescriptor(Set.prototype.union, "length");
const nd = Object.getOwnPropertyDescriptor(Set.prototype.union, "name");
print(ld.writable, ld.enumerable, ld.configurable, nd.writable, nd.enumerable, nd.configurable);
print(Object.keys(Set.prototype).length, names.every(n => !(n in Map.prototype)));

// expect: union function 1 union true false true false true
// expect: TypeError
// expect: intersection function 1 intersection true false true false true
// expect: TypeError
// expect: difference function 1 difference true false true false true
// expect: TypeError
// expect: symmetricDifference function 1 symmetricDifference true false true false true
// expect: TypeError
// expect: isSubsetOf function 1 isSubsetOf true false true false true
// expect: TypeError
// expect: isSupersetOf function 1 isSupersetOf true false true false true
// expect: TypeError
// expect: isDisjointFrom function 1 isDisjointFrom true false true false true
// expect: TypeError
// expect: false false true false false true
// expect: 0 true
