// push/pop: generic receivers, length coercion, return values
const o = { length: '2' };
print(Array.prototype.push.call(o, 'x', 'y'), o.length, o[3]); // expect: 4 4 y
print(Array.prototype.pop.call(o), o.length, 3 in o); // expect: y 3 false
const e = {};
print(Array.prototype.pop.call(e), e.length); // expect: undefined 0
try { Array.prototype.push.call({ length: 2 ** 53 - 1 }, 1); } catch (err) { print(err.constructor.name); } // expect: TypeError
print([].push(), [1].push(2, 3)); // expect: 0 3
print(Array.prototype.push.length, Array.prototype.pop.length); // expect: 1 0
