// Long proxy chains: every forwarding level re-enters C, bounded by the C
// stack itself (vm_native_room), so a chain of 1,000 proxies works for each
// internal method, and a far longer one is a RangeError, never a crash.
const EMPTY = {};
function chain(t, n, handler) { for (let i = 0; i < n; i++) t = new Proxy(t, handler || EMPTY); return t; }
const N = 1000;
const f = chain(function (a, b) { "use strict"; return this === undefined ? a + b : "this"; }, N);
class C { constructor(v) { this.v = v; } }
print(f(2, 3), Reflect.apply(f, undefined, [4, 5]), new (chain(C, N))(7).v);
const o = chain({ a: 1, b: 2 }, N);
o.c = 3;
print(o.a, "b" in o, Object.keys(o).join(), delete o.a, "a" in o, Object.getPrototypeOf(o) === Object.prototype);
print(Object.isExtensible(o), Object.preventExtensions(o) === o, Object.isExtensible(o),
      JSON.stringify(Object.getOwnPropertyDescriptor(o, "b")));
// traps at every level: each one runs JS that forwards to the next (two C
// re-entries a level, more stack: 400 levels, twice the old fixed bound)
let calls = 0;
const counted = chain({ x: 42 }, 400, { get(t, k, r) { calls++; return Reflect.get(t, k, r); } });
print(counted.x, calls);
// far past any stack: a RangeError, and the engine goes on afterwards
// (node runs a chain of function proxies without recursion: not compared)
const deepo = chain({ a: 1 }, 10500);
for (const [k, g] of [["get", () => deepo.a], ["has", () => "a" in deepo], ["keys", () => Object.keys(deepo)]])
  try { g(); print(k, "no error"); } catch (e) { print(k, e.constructor.name); }
print(chain({ ok: "still fine" }, 10).ok);

// expect: 5 9 7
// expect: 1 true a,b,c true false true
// expect: true true false {"value":2,"writable":true,"enumerable":true,"configurable":true}
// expect: 42 400
// expect: get RangeError
// expect: has RangeError
// expect: keys RangeError
// expect: still fine
