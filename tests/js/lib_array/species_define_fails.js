// CreateDataPropertyOrThrow on a species result that rejects the definition throws TypeError
function Frozen() { return Object.freeze({}); }
const a = [1, 2];
a.constructor = { [Symbol.species]: Frozen };
try { a.map(x => x); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { a.filter(() => true); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(a.filter(() => false).length); // expect: undefined
