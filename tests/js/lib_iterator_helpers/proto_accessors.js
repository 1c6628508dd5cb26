// node: skip (node 20 has no iterator helpers; expectations from ECMA-262 27.1.4.1/27.1.4.14 and SetterThatIgnoresPrototypeProperties, reviewed by hand)
const IP = Iterator.prototype;
const acc = (k) => Object.getOwnPropertyDescriptor(IP, k);
const show = (o, k) => { const d = Object.getOwnPropertyDescriptor(o, k); return d ? [String(d.value), d.writable, d.enumerable, d.configurable].join() : "none"; };
// the getters ignore their receiver
print(acc("constructor").get.call(undefined) === Iterator, acc(Symbol.toStringTag).get.call(42));
// setting on Iterator.prototype itself throws (a read-only data property would, in strict code), even in sloppy code
for (const k of ["constructor", Symbol.toStringTag]) {
  try { acc(k).set.call(IP, 1); print("no error"); } catch (e) { print(e.constructor.name); }
  try { IP[k] = 1; print("no error"); } catch (e) { print("sloppy", e.constructor.name); }
}
print(IP.constructor === Iterator, IP[Symbol.toStringTag]);
// a non-object receiver
try { acc("constructor").set.call(1, 2); print("no error"); } catch (e) { print("primitive", e.constructor.name); }
// an inheriting object gets an own data property (CreateDataPropertyOrThrow), then plain assignment
const o = Object.create(IP);
o.constructor = "C1";
o[Symbol.toStringTag] = "T1";
print(show(o, "constructor"), show(o, Symbol.toStringTag), Object.prototype.toString.call(o));
o.constructor = "C2";
acc(Symbol.toStringTag).set.call(o, "T2");   // own property exists: Set(o, p, v, true)
print(show(o, "constructor"), show(o, Symbol.toStringTag));
// an own non-writable property: Set throws
const ro = Object.create(IP, { constructor: { value: "ro", writable: false, configurable: true } });
try { acc("constructor").set.call(ro, "x"); print("no error"); } catch (e) { print("readonly", e.constructor.name, ro.constructor); }
// a non-extensible object: CreateDataPropertyOrThrow throws even in sloppy code
const ne = Object.preventExtensions(Object.create(IP));
try { ne.constructor = "x"; print("no error"); } catch (e) { print("non-extensible", e.constructor.name, ne.constructor === Iterator); }
// the setter also works on objects that do not inherit from Iterator.prototype
const plain = {};
acc(Symbol.toStringTag).set.call(plain, "P");
print(show(plain, Symbol.toStringTag));
// a proxy receiver: [[GetOwnProperty]] then [[DefineOwnProperty]]
const log = [];
const p = new Proxy({}, {
  getOwnPropertyDescriptor(t, k) { log.push("gopd " + String(k)); return Reflect.getOwnPropertyDescriptor(t, k); },
  defineProperty(t, k, d) { log.push("define " + String(k) + " " + d.value + " " + d.writable + d.enumerable + d.configurable); return Reflect.defineProperty(t, k, d); },
  set(t, k, v, r) { log.push("set " + String(k)); return Reflect.set(t, k, v, r); },
});
acc("constructor").set.call(p, 7);
print(log.join(" | "));

// expect: true Iterator
// expect: TypeError
// expect: sloppy TypeError
// expect: TypeError
// expect: sloppy TypeError
// expect: true Iterator
// expect: primitive TypeError
// expect: C1,true,true,true T1,true,true,true [object T1]
// expect: C2,true,true,true T2,true,true,true
// expect: readonly TypeError ro
// expect: non-extensible TypeError true
// expect: P,true,true,true
// expect: gopd constructor | define constructor 7 truetruetrue
