// arrays up to length 2^32-1; beyond it RangeError
const a = [];
a.length = 4294967295;
print(a.length); // expect: 4294967295
try { a.length = 4294967296; } catch (e) { print(e.constructor.name); } // expect: RangeError
try { a.push('x'); } catch (e) { print(e.constructor.name, a.length); } // expect: RangeError 4294967295
const b = [];
b[4294967295] = 'not an index';
print(b.length, Object.keys(b).join()); // expect: 0 4294967295
