try { "a".matchAll(/a/); } catch (e) { print(e.name); }
var re = /a/g;
var r2 = [..."aaa".matchAll(re)];
print(r2.length, re.lastIndex);
var it = "ab".matchAll(/./g);
print(typeof it.next, it[Symbol.iterator]() === it);
var proto = Object.getPrototypeOf(it);
print(proto[Symbol.toStringTag], proto.next.length);
try { proto.next.call({}); } catch (e) { print(e.name); }
// expect: TypeError
// expect: 3 0
// expect: function true
// expect: RegExp String Iterator 0
// expect: TypeError
