// node: skip (node 20 has no iterator helpers; expectations from ECMA-262 27.1.3-27.1.4, reviewed by hand)
function desc(o, k) {
  const d = Object.getOwnPropertyDescriptor(o, k);
  if (!d) return "missing";
  if ("value" in d) return [typeof d.value, d.writable, d.enumerable, d.configurable].join();
  return ["accessor", typeof d.get, typeof d.set, d.enumerable, d.configurable].join();
}
const g = Object.getOwnPropertyDescriptor(globalThis, "Iterator");
print(typeof Iterator, g.writable, g.enumerable, g.configurable, Iterator.length, Iterator.name);
print(desc(Iterator, "prototype"), Iterator.prototype === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
print(desc(Iterator, "from"), Iterator.from.length, Iterator.from.name);
for (const name of ["map", "filter", "take", "drop", "flatMap", "reduce", "toArray", "forEach", "some", "every", "find"]) {
  const f = Iterator.prototype[name];
  print(name, desc(Iterator.prototype, name), f.length, f.name === name, "prototype" in f);
}
print(desc(Iterator.prototype, "constructor"), desc(Iterator.prototype, Symbol.toStringTag));
const c = Object.getOwnPropertyDescriptor(Iterator.prototype, "constructor");
const t = Object.getOwnPropertyDescriptor(Iterator.prototype, Symbol.toStringTag);
print(c.get.name, c.get.length, c.set.name, c.set.length);
print(t.get.name, t.get.length, t.set.name, t.set.length);
const HP = Object.getPrototypeOf(Iterator.prototype.map.call([1].values(), (x) => x));
print(Object.getPrototypeOf(HP) === Iterator.prototype, Object.getOwnPropertyNames(HP).sort().join());
print(desc(HP, "next"), HP.next.length, HP.next.name, desc(HP, "return"), HP.return.length, HP.return.name);
print(desc(HP, Symbol.toStringTag), HP[Symbol.toStringTag]);
const W = Object.getPrototypeOf(Iterator.from({ next() { return { done: true }; } }));
print(Object.getPrototypeOf(W) === Iterator.prototype, Object.getOwnPropertyNames(W).sort().join(), Object.getOwnPropertySymbols(W).length);
print(desc(W, "next"), W.next.length, W.next.name, desc(W, "return"), W.return.length, W.return.name);
try { new Iterator.prototype.map(() => 1); } catch (e) { print("not a constructor:", e.constructor.name); }

// expect: function true false true 0 Iterator
// expect: object,false,false,false true
// expect: function,true,false,true 1 from
// expect: map function,true,false,true 1 true false
// expect: filter function,true,false,true 1 true false
// expect: take function,true,false,true 1 true false
// expect: drop function,true,false,true 1 true false
// expect: flatMap function,true,false,true 1 true false
// expect: reduce function,true,false,true 1 true false
// expect: toArray function,true,false,true 0 true false
// expect: forEach function,true,false,true 1 true false
// expect: some function,true,false,true 1 true false
// expect: every function,true,false,true 1 true false
// expect: find function,true,false,true 1 true false
// expect: accessor,function,function,false,true accessor,function,function,false,true
// expect: get constructor 0 set constructor 1
// expect: get [Symbol.toStringTag] 0 set [Symbol.toStringTag] 1
// expect: true next,return
// expect: function,true,false,true 0 next function,true,false,true 0 return
// expect: string,false,false,true Iterator Helper
// expect: true next,return 0
// expect: function,true,false,true 0 next function,true,false,true 0 return
// expect: not a constructor: TypeError
