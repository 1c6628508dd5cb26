// Calls and returns between baseline frames (the call stub pushes the
// callee's frame, calls its code, and the callee's RETURN pops it inline):
// every case in hot loops so that both ends run in compiled code --
// argument count mismatch (missing ones undefined, extra ones ignored or
// seen through `arguments`), sloppy and strict `this`, results landing in
// a register that was an argument, constructors (returning an object, a
// primitive, nothing; the preallocation hint), exceptions through baseline
// frames (caught one and two frames up, through finally), deep recursion
// ending in RangeError and the frames after it, natives, bound functions,
// proxies and getters called from baseline code, a call site that goes
// megamorphic, and generators started by a call.
function two(a, b) { return b === undefined ? a : a + b; }
function withLocals(a) { var x = 1, y; return a + x + (y === undefined ? 10 : 0); }
function countArgs() { return arguments.length; }
var s1 = 0;
for (var i = 0; i < 300; i++) s1 += two(i) + two(i, 1) + two(i, 1, 2, 3) + withLocals(i, i, i) + countArgs(i, i, i);
print(s1); // expect: 184200

// `this`: sloppy undefined/null is the global object, primitives are wrapped
var sloppyThis = function () { return this === globalThis ? "g" : typeof this; };
var strictThis = function () { "use strict"; return this === undefined ? "u" : typeof this; };
var seen = {};
for (var i = 0; i < 200; i++) {
  var k = sloppyThis() + sloppyThis.call(null) + sloppyThis.call(5) + sloppyThis.call({}) +
          strictThis() + strictThis.call(5) + strictThis.call(null);
  seen[k] = (seen[k] || 0) + 1;
}
print(JSON.stringify(seen)); // expect: {"ggobjectobjectunumberobject":200}

// the result goes to the register that held the callee or an argument
function inc(x) { return x + 1; }
function chain(n) { var v = n; for (var i = 0; i < 50; i++) v = inc(v); return v; }
var s2 = 0;
for (var i = 0; i < 100; i++) s2 += chain(i);
print(s2); // expect: 9950

// constructors
function P(x) { this.x = x; this.y = x * 2; }
function RetObj(x) { this.x = x; return { z: x }; }
function RetPrim(x) { this.x = x; return 7; }
function Grow(n) { for (var i = 0; i < n; i++) this["p" + i] = i; }
class Base { constructor(v) { this.v = v; } }
class Derived extends Base { constructor(v) { super(v + 1); this.w = v; } }
var s3 = 0;
for (var i = 0; i < 300; i++) {
  var p = new P(i), r = new RetObj(i), q = new RetPrim(i), g = new Grow(i % 8), d = new Derived(i);
  s3 += p.y + r.z + (r.x === undefined ? 1 : 0) + q.x + Object.keys(g).length + d.v + d.w;
}
print(s3); // expect: 270742

// exceptions through baseline frames
function thrower(i) { if (i % 3 === 0) throw new Error("e" + i); return i; }
function mid(i) { return thrower(i) * 2; }
var fin = 0;
function withFinally(i) { try { return mid(i); } finally { fin++; } }
var caught = 0, s4 = 0;
for (var i = 0; i < 300; i++) {
  try { s4 += withFinally(i); } catch (e) { caught++; s4 += e.message.length; }
}
print(s4, caught, fin); // expect: 60362 100 300

// deep recursion: RangeError, then the same frames work again
function down(n) { return n === 0 ? 0 : down(n - 1) + 1; }
function deep() { try { return down(1e7); } catch (e) { return e instanceof RangeError ? "range" : "other"; } }
var outcome = [];
for (var i = 0; i < 3; i++) outcome.push(deep(), down(1000));
print(outcome.join(",")); // expect: range,1000,range,1000,range,1000

// natives, bound functions, proxies, getters
var bound = two.bind(null, 100);
var prox = new Proxy(function (a) { return a * 3; }, {});
var trap = new Proxy(function () {}, { apply: function (t, th, args) { return args.length; } });
var obj = { get g() { return inc(this.base); }, base: 4 };
var s5 = 0;
for (var i = 0; i < 300; i++) s5 += Math.max(i, 5) + bound(i) + prox(i) + trap(i, i) + obj.g + [i].indexOf(i);
print(s5); // expect: 256365

// a call site that sees many targets
var fns = [function (x) { return x + 1; }, function (x) { return x * 2; }, inc, two, Math.abs, bound];
var s6 = 0;
for (var i = 0; i < 600; i++) s6 += fns[i % fns.length](i);
print(s6); // expect: 219700

// generators started by a call, their frames suspended and resumed
function* gen(n) { for (var i = 0; i < n; i++) yield inc(i); }
var s7 = 0;
for (var i = 0; i < 100; i++) for (var v of gen(i % 10)) s7 += v;
print(s7); // expect: 1650

// missing parameters and locals read before they are set: undefined, for
// every count of them (the stub fills the callee's registers two at a time)
function l0(a, b) { return [a, b].map(String).join(); }
function l1(a, b) { var x; return [a, b, x].map(String).join(); }
function l2(a, b) { var x, y; return [a, b, x, y].map(String).join(); }
function l3(a, b) { var x, y, z; return [a, b, x, y, z].map(String).join(); }
function l4(a) { var x, y, z, w; var r = [a, x, y, z, w].map(String).join(); x = y = z = w = 1; return r; }
var outs = {};
for (var i = 0; i < 200; i++) {
  var k = [l0(), l0(1), l0(1, 2, 3), l1(), l1(1), l2(1), l2(1, 2, 3, 4), l3(), l3(1, 2), l4(), l4(1, 2, 3)].join("|");
  outs[k] = (outs[k] || 0) + 1;
}
print(JSON.stringify(outs));
// expect: {"undefined,undefined|1,undefined|1,2|undefined,undefined,undefined|1,undefined,undefined|1,undefined,undefined,undefined|1,2,undefined,undefined|undefined,undefined,undefined,undefined,undefined|1,2,undefined,undefined,undefined|undefined,undefined,undefined,undefined,undefined|1,undefined,undefined,undefined,undefined":200}
