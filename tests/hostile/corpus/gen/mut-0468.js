// A custom Symbol.unscopables: truthy entries are blocked, falsy ones are not.
var a = 'outer a', b = 'outer b', c = 'outer c', d = 'outer d';
const o = { a: 'inner a', b: 'inner b', c: 'inner c', d: 'inner d', [Symbol.unscopables]: { a: true, b: 0, c: 'yes', d: undefined } };
wih (o) { console.log(a, b, c, d); }
with (o) { a = 'assigned a'; b = 'assigned b'; }
console.log(a, o.a, b, o.b);
// expect: outer a inner b outer c inner d
// expect: assigned a inner a outer b assigned b
