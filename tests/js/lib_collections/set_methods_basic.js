// node: skip (node 20 has no Set methods; expectations derived from ECMA-262 24.2.4)
const a = new Set([1, 2, 3, 4]), b = new Set([3, 4, 5, 6]);
const show = s => print(s instanceof Set, Object.getPrototypeOf(s) === Set.prototype, JSON.stringify([...s]));
show(a.union(b));
show(a.intersection(b));
show(a.difference(b));
show(a.symmetricDifference(b));
print(a.isSubsetOf(b), a.isSupersetOf(b), a.isDisjointFrom(b));
print(new Set([3, 4]).isSubsetOf(b), b.isSupersetOf(new Set([5, 3])), a.isDisjointFrom(new Set([7, 8])));
print(JSON.stringify([...a]), a.union(b) !== a, a.union(new Set()) !== a);
const e = new Set();
print(e.isSubsetOf(a), a.isSupersetOf(e), e.isDisjointFrom(e), e.union(e).size, a.isSubsetOf(a), a.isSupersetOf(a));
// a Map is set-like (size / has / keys)
const m = new Map([[2, "x"], [9, "y"]]);
show(a.union(m));
show(a.intersection(m));
show(a.difference(m));
print(a.isSupersetOf(m), new Set([2]).isSubsetOf(m), a.isDisjointFrom(m));
// the intersection's order follows whichever side is walked
show(new Set([5, 4, 3, 2, 1]).intersection(new Set([2, 4, 9])));
show(new Set([4, 2]).intersection(new Set([2, 4, 9])));
// symmetricDifference: a copy of this, then other's keys toggled in order
show(new Set([1, 2, 3]).symmetricDifference(new Set([3, 4, 2, 5])));
show(new Set([1]).symmetricDifference({ size: 2, has() {}, keys: () => [4, 4, 1, 1].values() }));
// keys are canonicalised (-0 -> +0), SameValueZero (NaN finds NaN)
const z = new Set([1]).union({ size: 1, has: () => false, keys: () => [-0].values() });
print(z.size, Object.is([...z][1], 0));
print(new Set([NaN, 0]).isSupersetOf({ size: 2, has() {}, keys: () => [NaN, -0].values() }));
print(new Set(["ab"]).union({ size: 1, has() {}, keys: () => ["a".concat("b")].values() }).size);
// has gets other as this and one argument
const other = { size: 10, has(...args) { print(this === other, args.length, args[0]); return 1; }, keys() {} };
print(JSON.stringify([...new Set(["q"]).intersection(other)]));
// results are plain Sets: no species, no subclass, no call to add
class MySet extends Set { static get [Symbol.species]() { throw new Error("species"); } }
const ms = new MySet([1, 2]);
for (const k of ["union", "intersection", "difference", "symmetricDifference"]) {
  const r = ms[k](new Set([2]));
  print(k, r.constructor === Set, r instanceof MySet, JSON.stringify([...r]));
}
const p = new Set([1]), q = new Set([2]);
const savedAdd = Set.prototype.add;
Set.prototype.add = function () { throw new Error("add called"); };
print(JSON.stringify([...p.union(q)]), JSON.stringify([...p.symmetricDifference(q)]));
Set.prototype.add = savedAdd;
// the results are ordinary live Sets
const r = a.union(b);
r.add(7).delete(1);
print(r.size, r.has(7), r.has(1), a.has(1));

// expect: true true [1,2,3,4,5,6]
// expect: true true [3,4]
// expect: true true [1,2]
// expect: true true [1,2,5,6]
// expect: false false false
// expect: true true true
// expect: [1,2,3,4] true true
// expect: true true true 0 true true
// expect: true true [1,2,3,4,9]
// expect: true true [2]
// expect: true true [1,3,4]
// expect: false true false
// expect: true true [2,4]
// expect: true true [4,2]
// expect: true true [1,4,5]
// expect: true true [4]
// expect: 2 true
// expect: true
// expect: 1
// expect: true 1 q
// expect: ["q"]
// expect: union true false [1,2]
// expect: intersection true false [2]
// expect: difference true false [1]
// expect: symmetricDifference true false [1]
// expect: [1,2] [1,2]
// expect: 6 true false true
