// typeof and delete on names inside with honour Symbol.unscopables too.
var v = 'outer';
const o = { v: 42, w: 1, [Symbol.unscopables]: { v: true, w: true } };
with (o) { console.log(typeof v, typeof w); }
with (o) { console.log(delete w); }
console.log('w' in o);
// expect: string undefined
// expect: true
// expect: true
