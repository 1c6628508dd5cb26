// values() works on any object and reads length each step
const o = { length: 1, 0: 'a' };
const it = Array.prototype.values.call(o);
print(it.next().value); // expect: a
o.length = 2;
o[1] = 'b';
print(it.next().value, it.next().done); // expect: b true
try { Array.prototype.values.call(null); } catch (e) { print(e.constructor.name); } // expect: TypeError
