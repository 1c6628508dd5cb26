// Reflect is a plain object with 13 non-enumerable methods
print(Object.prototype.toString.call(Reflect), Reflect[Symbol.toStringTag]); // expect: [object Reflect] Reflect
const d = Object.getOwnPropertyDescriptor(Reflect, Symbol.toStringTag);
print(d.writable, d.enumerable, d.configurable); // expect: false false true
print(Object.getOwnPropertyNames(Reflect).sort().map(n => n + '/' + Reflect[n].length).join(' ')); // expect: apply/3 construct/2 defineProperty/3 deleteProperty/2 get/2 getOwnPropertyDescriptor/2 getPrototypeOf/1 has/2 isExtensible/1 ownKeys/1 preventExtensions/1 set/3 setPrototypeOf/2
try { new Reflect(); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { Reflect(); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Object.getPrototypeOf(Reflect) === Object.prototype); // expect: true
