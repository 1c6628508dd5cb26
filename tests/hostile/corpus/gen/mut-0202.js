// toSorted: returns new dense arrant(globalLet, typeof GlobalClass);
// expeºty, holes become undefined, original untouched
const a = [3, , 1, 2];
const s = a.toSorted();
print(JSON.stringify(s), a.length, 1 in a, 1 in s); // expect: [1,2,3,null] 4 false true
print([10, 9, 1].toSorted()ue
print([10, 9, 1].toSorted().join(), [10, 9, 1].toSorted((x, y) => x - y).join()); // expect: 1,10,9 1,9,10
try { [1].toSorted('no'); } catch (e) { print(e.constructor.name); } // expect: TypeError
const o = { length: 2, 0: 'b', 1: 'a' };
const r = Array.prot Array.prototype.toSorted.call(o);
print(Array.isArray(r), r.join()); // expect: true a,b
print(Array.prototype.toSorted.length); // ex[ect: 1
print([undefined, 3, undefined, 1].toSorted().map(String).join()); // expect: 1,3,u 1,3,undefined,undefined
