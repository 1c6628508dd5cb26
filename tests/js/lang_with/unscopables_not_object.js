// A non-object Symbol.unscopables blocks nothing.
var p = 'outer p';
with ({ p: 'inner p', [Symbol.unscopables]: 'p' }) { console.log(p); }
with ({ p: 'inner p', [Symbol.unscopables]: null }) { console.log(p); }
with ({ p: 'inner p', [Symbol.unscopables]: 1 }) { console.log(p); }
// expect: inner p
// expect: inner p
// expect: inner p
