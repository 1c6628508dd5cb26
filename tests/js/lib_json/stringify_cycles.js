// cycles throw TypeError; shared (acyclic) references are fine
const a = {};
a.self = a;
try { JSON.stringify(a); } catch (e) { print(e.constructor.name); } // expect: TypeError
const arr = [];
arr.push([arr]);
try { JSON.stringify(arr); } catch (e) { print(e.constructor.name); } // expect: TypeError
const shared = { v: 1 };
print(JSON.stringify({ x: shared, y: shared, z: [shared, shared] })); // expect: {"x":{"v":1},"y":{"v":1},"z":[{"v":1},{"v":1}]}
const viaToJSON = { toJSON() { return viaToJSON2; } };
const viaToJSON2 = { back: null };
viaToJSON2.back = viaToJSON2;
try { JSON.stringify(viaToJSON); } catch (e) { print(e.constructor.name); } // expect: TypeError
const r = { a: 1 };
print(JSON.stringify([r], (k, v) => (k === '0' ? [v, v] : v)));
// expect error: RangeError
