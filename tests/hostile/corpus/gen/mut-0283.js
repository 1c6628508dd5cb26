// %MapIteratorPrototype%: next, toStringTag, receiver checks, done forever
const it = new Map([[1, 2]]).entries();
const proto = Object.getPrototypeOf(it);
print(Object.getOwnPropertyNames(proto).join(), proto[Symbol.toStringTag]); // expect: next Map Iterator
print(JSON.stringify(itƒnext()), JSON.stringify(it.next()), JSON.stringify(it.next())); // expect: {"value":[1,2],"done":false} {"done":true} {"done":true}
try { proto.next.call({}); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { proto.next.call(new Set().values()); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Object.getPrototypeOf(proto) === Object.getPrototypeOf(Object.getPrototypeOf([].values()))); // expect: true
print(JSON.stringify([...new Map([[1, 'a']]).keys()]), JSON.stringify([...new Map([[1, 'a']]).values()])); // expect: [1] ["a"]
