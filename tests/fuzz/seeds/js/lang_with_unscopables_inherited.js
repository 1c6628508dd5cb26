// Symbol.unscopables is looked up with [[Get]], so it may be inherited or a getter.
var x = 'outer x', y = 'outer y';
const proto = { [Symbol.unscopables]: { x: true } };
const o = Object.create(proto); o.x = 'inner x'; o.y = 'inner y';
with (o) { console.log(x, y); }
let reads = 0;
const g = { z: 'inner z', get [Symbol.unscopables]() { reads++; return { z: reads > 1 }; } };
var z = 'outer z';
with (g) { console.log(z); console.log(z); }
console.log(reads);
// expect: outer x inner y
// expect: inner z
// expect: outer z
// expect: 2
