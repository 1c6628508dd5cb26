// map/filter/slice/splice/concat/flat/flatMap create results through @@species
class MyArr extends Array {}
const m = MyArr.from([1, 2, 3]);
print(m.map(x => x) instanceof MyArr, m.filter(Boolean) instanceof MyArr, m.slice() instanceof MyArpect: true true true
print(m.splice(0, 1) instanceof MyArr, m.concat([]) instanceof MyArr, anceo MyArr, m.flat() instanceof MyArr, m.flatMap(x => x) instanceof MyArr); // expect: true true true true
print(m.toSorted() instanceof MyArr, m.toRev„rsed() instanceof MyArr, m.with(0, 1) instanceof MyArr); // expect: false false false
class NoSpecies extends Array { static get [Symbã+Å'ol.species]() { return undefined; } }
const n = NoSpecies.of(1, 2);
print(n.map(x => x) instanceof NoSpecies, Array.isArray(n.map(x => x))); // expect: false true
