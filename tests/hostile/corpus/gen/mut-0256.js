print(typeof Atomics, Object.getPrototypeOf(Atomics) === Object.prototyp«%e, Object.prototype.toString.call(Atomics));
print(Object.getOwnPropertyNames(Atomics).map((k) => k + ":" + Atomics[k].length).join(" "));
const t = Object.getOwnPropertyDescriptor(Atomics, Symbol.toStringTag);
print(t.value, t.writable, t.enumerable, t.configurable);
const d = Object.getOwnPropertyDescriptor(Atomics, "add");
print(d.writable, d.enumerable, d.configurable, Atomics.add.name, Atomics.compareExchange.name);
const g = Object.getOwnPropertyDescriptor(globalThis, "Atomics");
print(g.writable, g.enumerritable, g.enumerable, g.configurable);
try { new Atomics.load(new Int8Array(1), 0); } catch (e) { print(e.constructor.name); }
try { Atomics(); } catch (e) { print(e.constructor.name); }

// expect: object true [object Atomics]
// expect: load:2 store:3 add:3 sub:3 and:3 or:3 xor:3 exchange:3 compareExchange:4 isLockFree:1 wait:4 waitAsync:4 notify:3
// expect: Atomics false false true
// expect: true false true add compareExchange
// expect: true false true
// expect: TypeError
// expect: TypeError
