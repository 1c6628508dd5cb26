// node: skip (node 20 has no iterator helpers; node 22 prints these tags through Iterator.prototype's @@toStringTag getter; unlike node, tierlab calls no user getter)
class Counter extends Iterator { constructor() { super(); this.n = 1; } next() { return { done: true }; } }
console.log([1].values().map((x) => x), Iterator.from({ next() {} }), Iterator.prototype);
console.log(new Counter(), [].values());
const o = Object.create(Iterator.prototype);
o.x = 1;
console.log(o, Object.create(Object.create(Iterator.prototype, { [Symbol.toStringTag]: { value: "Mine" } })));
// a user getter is never called by console.log
const g = Object.create(Object.create(Iterator.prototype, { [Symbol.toStringTag]: { get() { print("getter ran"); return "G"; } } }));
console.log(g);

// expect: Object [Iterator Helper] {} Object [Iterator] {} Object [Iterator] {}
// expect: Counter [Iterator] { n: 1 } Object [Array Iterator] {}
// expect: Object [Iterator] { x: 1 } Object [Mine] {}
// expect: {}
