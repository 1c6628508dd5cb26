// Object.keys/values/entries on primitives, strings and objects with getters
print(Object.keys('ab').join()); // expect: 0,1
print(Object.values('ab').join()); // expect: a,b
print(JSON.stringify(Object.entries('ab'))); // expect: [["0","a"],["1","b"]]
print(Object.keys(5).length, Object.values(true).length); // expect: 0 0
try { Object.keys(null); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { Object.entries(undefined); } catch (e) { print(e.constructor.name); } // expect: TypeError
const log = [];
const o = { get a() { log.push('a'); delete this.b; return 1; }, b: 2, c: 3 };
print(JSON.stringify(Object.entries(o)), log.join()); // expect: [["a",1],["c",3]] a
const o2 = { get a() { Object.defineProperty(this, 'b', { enumerable: false }); return 1; }, b: 2 };
print(Object.values(o2).join()); // expect: 1
print(Object.keys.length, Object.values.length, Object.entries.length); // expect: 1 1 1
