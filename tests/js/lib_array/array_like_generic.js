// generic methods on array-likes: length clamped with ToLength
const o = { length: -1, 0: 'a' };
print(Array.prototype.join.call(o), Array.prototype.indexOf.call(o, 'a')); // expect:  -1
const big = { length: 1.9, 0: 'a', 1: 'b' };
print(Array.prototype.join.call(big)); // expect: a
const sl = { length: '2', 0: 1, 1: 2 };
print(Array.prototype.map.call(sl, x => x * 3).join()); // expect: 3,6
print(Array.prototype.map.call('ab', x => x + x).join()); // expect: aa,bb
try { Array.prototype.filter.call({ length: Infinity, 0: 'x', get 1() { throw 'stop'; } }, () => true); } catch (e) { print(e); } // expect: stop
// expect error: stop
