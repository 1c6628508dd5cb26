// the BigInt function: not a constructor, its properties
print(typeof BigInt, BigInt.name, BigInt.length, BigInt.prototype.constructor === BigInt); // expect: function BigInt 1 true
try { new BigInt(1); } catch (e) { print(e.constructor.name, e.message); } // expect: TypeError BigInt is not a constructor
try { new BigInt(); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Object.getPrototypeOf(1n) === BigInt.prototype, Object.getPrototypeOf(BigInt.prototype) === Object.prototype); // expect: true true
const d = Object.getOwnPropertyDescriptor(globalThis, 'BigInt');
print(d.writable, d.enumerable, d.configurable); // expect: true false true
const p = Object.getOwnPropertyDescriptor(BigInt, 'prototype');
print(p.writable, p.enumerable, p.configurable); // expect: false false false
print(Object.getOwnPropertyNames(BigInt).sort().join()); // expect: asIntN,asUintN,length,name,prototype
print(Object.getOwnPropertyNames(BigInt.prototype).sort().join()); // expect: constructor,toLocaleString,toString,valueOf
print(BigInt.asIntN.length, BigInt.asUintN.length, BigInt.prototype.toString.length, BigInt.prototype.valueOf.length, BigInt.prototype.toLocaleString.length); // expect: 2 2 0 0 0
print(BigInt.asIntN.name, BigInt.prototype.toString.name); // expect: asIntN toString
class X extends Object {}
print(typeof BigInt.call(undefined, 3)); // expect: bigint
