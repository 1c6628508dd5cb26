// Map/Set @@species and the groupBy-free statics
print(Map[Symbol.species] === Map, Set[Symbol.species] === Set); // expect: true true
class M2 extends Map {}
print(M2[Symbol.species] === M2); // expect: true
print(typeof Map.prototype.constructor, Map.prototype.constructor === Map); // expect: function true
