// typeof of a name inside with: the object's property, an outer binding, or undefined.
var outer = 'o';
with ({ inner: 1 }) { console.log(typeof inner, typeof outer, typeof missing); }
with ({ missing: null }) { console.log(typeof missing); }
with ({ a: 1, [Symbol.unscopables]: { a: true } }) { console.log(typeof a); }
// expect: number string undefined
// expect: object
// expect: undefined
