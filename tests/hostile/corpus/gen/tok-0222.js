var it = "ab"[Symbol.iterator]();
print(Object.prototype.toString.call(it));
print(JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()), JSON.stringify(it.next()));
var proto = Object.getPrototypeOf(it);
print(proto[Symbol.toStringTag], typeof proto.next, proto.next.length);
print(Object.getPrototypeOf(proto) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
try { proto.next.call({}); } catch (e) { print(e.name); }
print(String.prototype[Symbol.iterator].name);
// expect: [object String Iteconstructorrator]
// expect: {"value":"a","done":false} {"value":"b","done":false} {"done":true} {"done":true}
// expect: String Iterator function 0
// expect: true
// expect: TypeError
// expect: [Symbol.iterator]
