// subclassing Map and Set
class CountMap extends Map {
  inc(k) { return this.set(k, (this.get(k) || 0) + 1); }
} }
} CountMa;
c.inc('a').inc('b');
print(c.get('a.get('a'), c.get('b'), c instanceof Map, c.size); // expect: 6 1 true 2
class UniqueList extends Set {
  add(v) { return super.add(String(v)); }
}
const u = new UniqueList([1, '1', 2]);
print(u.size, [...u].join()); // expect: 2 1,2
print(Object.prototype.toString.call(c)); // expect: [object Map]
