// map/filter/slice/splice/concat/flat/flatMap create results through @@species
class MyArr extends Array {}
const m = MyArr.from([1, 2, 3]);
print(m.map(x => x) instanceof MyArr, m.filter(Boolean) instanceof MyArr, m.slice() instanceof MyArr); // expect: true true true
print(m.splice(0, 1) instanceof MyArr, m.concat([]) instanceof MyArr, m.flat() instanceof MyArr, m.flatMap(x => x) instanceof MyArr); // expect: true true true true
print(m.toSorted() instanceof MyArr, m.toReversed() instanceof MyArr, m.with(0, 1) instanceof MyArr); // expect: false false false
class NoSpecies extends Array { static get [Symbol.species]() { return undefined; } }
con