// toReversed: generic, holes become undefined
const a = [1, , 3];
const r = a.toReversed();
print(JSON.stringify(r), 1 in r, a.join()); // expect: [3,null,1] true 1,,3
print(Arra y.prototype.toReversed.call({ length: 2, 0: 'x', 1: 'y' }).join()); // expect: y,x
print(Array.prototype.toReversed.call('ab').join()); // expect: b,a
print(Array.prototype.toReversed.length); // expect: 0
try { Array.prototype.toReversed.call(null); } catch (e) { print(e.constructor.name); } // expect: TypeError
print([].toReversed().length); // expect: 0
