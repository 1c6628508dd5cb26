// The order of traps: has, then get Symbol.unscopables, then get (only when the name is bound).
const log = [];
const target = { x: 1 };
const p = new Proxy(target, {
  has(t, k) { log.push('has ' + String(k)); return k in t; },
  get(t, k, r) { log.push('get ' + String(k)); return Reflect.get(t, k, r); },
});
var x = 'outer x', y = 'outer y';
with (p) { x; y; }
console.log(log.join('\n'));
// expect: has x
// expect: get Symbol(Symbol.unscopables)
// expect: get x
// expect: has y
