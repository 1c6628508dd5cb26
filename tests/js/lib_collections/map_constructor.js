// Map constructor: iterable of entries, uses this.set, errors
print(new Map([[1, 'a'], [2, 'b']]).size, new Map().size, new Map(null).size, new Map(undefined).size); // expect: 2 0 0 0
try { Map(); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { new Map([1]); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { new Map(5); } catch (e) { print(e.constructor.name); } // expect: TypeError
const orig = Map.prototype.set;
const log = [];
Map.prototype.set = function (k, v) { log.push(k); return orig.call(this, k, v); };
new Map([['x', 1], ['y', 2]]);
Map.prototype.set = orig;
print(log.join()); // expect: x,y
print(new Map(new Map([[1, 2]])).get(1), new Map([['ab']]).get('ab'), new Map(['ab']).get('a'));
print(Map.length, Map.name);
// expect error: TypeError
