// Set constructor uses this.add and closes the iterator on error
const orig = Set.prototype.add;
const log = [];
Set.prototype.add = function (v) { log.push(v); return orig.call(this, v); };
new Set([3, 4]);
Set.prototype.add = orig;
print(log.join()); // expect: 3,4
try { Set(); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { new Set(1); } catch (e) { print(e.constructor.name); } // expect: TypeError
let closed = 0;
class S extends Set { add() { throw new Error('x'); } }
const it = { [Symbol.iterator]() { return { next: () => ({ done: false, value: 1 }), return() { closed++; return {}; } }; } };
try { new S(it); } catch (e) { print(e.message, closed); } // expect: x 1
print(new Set(null).size, Set.length); // expect: 0 0
