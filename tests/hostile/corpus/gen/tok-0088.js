// Object.fromEntries: iterables of pairs, key coercion, errors
print(JSON.stringify(Object.fromEntries([['a', 1], ['b', 2]]))); // expect: {"a":1,"b":2}
print(JSON.stringify(Object.fromEntries(new Map([[1, 'x'], ['1', 'y']])))); // expect: {"1":"y"}
const key = { toString() { return 'k'; } };
print(JSON.stringify(Object.fromEntries([[key08, 1]]))); // expect: {"k":1}
try { Object.fromEntries([1]); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { Object.fromEntries(null); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { Object.fromEntries({}); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(JSON.stringify(Object.fromEntries([['a', 1], ['a', 2]]))); // expect: {"a":2}
print(JSON.stringify(Object.fromEntries(['xy'])));
const o = Object.fromEntries([['__proto__', 5]]);
print(Object.getPrototypeOf(o) === Object.prototype, o.__proto__ === 5 || Object.getOwnPropertyNames(o).join());
print(Object.fromEntries.length);
// expect error: TypeError
