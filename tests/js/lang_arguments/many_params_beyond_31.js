// Every formal parameter is mapped, not only the first 31.
function mk(n, body) {
  const ps = [];
  for (let i = 0; i < n; i++) ps.push('p' + i);
  return new Function(...ps, body);
}
const args = n => Array.from({ length: n }, (_, i) => i);
// element writes reach the parameter, parameter writes reach the element
const f40 = mk(40, 'arguments[35] = "x"; p39 = "y"; arguments[31] = "z";' +
  'return [p35, arguments[39], p31, p30, arguments[38]].join();');
console.log(f40(...args(40)));
const f100 = mk(100, 'for (let i = 0; i < arguments.length; i++) arguments[i] = i * 2;' +
  'p99 = "last"; return [p0, p31, p32, p63, p64, p98, arguments[99]].join();');
console.log(f100(...args(100)));
// delete unmaps one index only
const fdel = mk(70, 'delete arguments[64]; arguments[64] = "e"; p65 = "q";' +
  'return [p64, arguments[64], arguments[65], p63 = 9, arguments[63]].join();');
console.log(fdel(...args(70)));
// fewer actuals than formals: only the passed ones are mapped
const fshort = mk(50, 'p40 = "a"; p45 = "b"; return [arguments.length, arguments[40], arguments[45]].join();');
console.log(fshort(...args(42)));
// freezing unmaps all, values kept
const ffrz = mk(40, 'Object.freeze(arguments); p37 = "n"; return [p37, arguments[37], arguments[36]].join();');
console.log(ffrz(...args(40)));
// defineProperty as an accessor unmaps index 33 only
const fdef = mk(40, 'Object.defineProperty(arguments, 33, { get() { return "g"; } }); p33 = 1; p34 = 2;' +
  'return [p33, arguments[33], arguments[34]].join();');
console.log(fdef(...args(40)));
// a hot loop over many mapped params (lets the JIT tiers compile it)
const fsum = mk(40, 'let s = 0; for (let i = 0; i < arguments.length; i++) { arguments[i] = arguments[i] + 1; }' +
  'return p0 + p20 + p31 + p32 + p39;');
let t = 0;
for (let k = 0; k < 3000; k++) t += fsum(...args(40));
console.log(t);
// expect: x,y,z,30,38
// expect: 0,62,64,126,128,196,last
// expect: 64,e,q,9,9
// expect: 42,a,
// expect: n,37,36
// expect: 1,g,2
// expect: 381000
