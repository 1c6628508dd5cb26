// freeze is shallow
const o = Object.freeze({ inner: { v: 1 }, arr: [1] });
o.inner.v = 2;
o.arr.push(2);
print(o.inner.v, o.arr.length, Object.isFrozen(o.inner)); // expect: 2 2 false
