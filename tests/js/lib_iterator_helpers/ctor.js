// node: skip (node 20 has no iterator helpers; expectations from ECMA-262 27.1.3.1, reviewed by hand)
// Iterator is abstract: calling it or new-ing it directly is a TypeError,
// subclassing works (NewTarget is the subclass).
for (const f of [() => Iterator(), () => new Iterator(), () => Reflect.construct(Iterator, [], Iterator)]) {
  try { f(); print("no error"); } catch (e) { print(e.constructor.name); }
}
class Counter extends Iterator {
  constructor(n) { super(); this.i = 0; this.n = n; }
  next() { return this.i < this.n ? { value: this.i++, done: false } : { value: undefined, done: true }; }
}
const c = new Counter(4);
print(c instanceof Iterator, Object.getPrototypeOf(Counter.prototype) === Iterator.prototype);
print(c.map((x) => x * 10).toArray().join(), [...new Counter(2)].join());
print(c.constructor === Counter, new Counter(0)[Symbol.toStringTag], Object.prototype.toString.call(new Counter(0)));
// NewTarget other than Iterator: its prototype is used (GetPrototypeFromConstructor)
function F() {}
F.prototype = { tag: "F" };
const o = Reflect.construct(Iterator, [], F);
print(Object.getPrototypeOf(o) === F.prototype, o.tag);
F.prototype = 5;   // not an object: %Iterator.prototype%
print(Object.getPrototypeOf(Reflect.construct(Iterator, [], F)) === Iterator.prototype);
print(Iterator.prototype.constructor === Iterator, Iterator.prototype[Symbol.toStringTag], String(Iterator.prototype));

// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: true true
// expect: 0,10,20,30 0,1
// expect: true Iterator [object Iterator]
// expect: true F
// expect: true
// expect: true Iterator [object Iterator]
