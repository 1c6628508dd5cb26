// Object and array literals, closures and `new` of built-in constructors
// in hot functions (baseline code calls their slow paths directly, and
// runs native constructors in place): define semantics (a setter on
// Object.prototype is not called, __proto__ sets the prototype, later
// duplicate keys win), computed and numeric keys, many fields, closures
// capturing per-iteration bindings, native constructors that throw
// (caught, with the caller on the stack trace), new.target in a
// subclass, and collections while all of it allocates.
var setterCalls = 0;
Object.defineProperty(Object.prototype, "trap", { set: function (v) { setterCalls++; }, configurable: true });
function make(i) { return { trap: i, a: i, b: "s" + i, a: i * 2, [("k" + (i % 3))]: true, 7: "seven" }; }
var objs = [];
for (var i = 0; i < 200; i++) objs.push(make(i));
var o = objs[199];
print(setterCalls, o.trap, o.a, o.b, o.k1, o[7], Object.keys(o).join(","));
delete Object.prototype.trap;
var proto = { hello: function () { return "hi " + this.n; } };
function withProto(n) { return { __proto__: proto, n: n }; }
var wp;
for (var i = 0; i < 50; i++) wp = withProto(i);
print(wp.hello(), Object.getPrototypeOf(wp) === proto, Object.keys(wp).join());
function wide(i) {
  return { f0: i, f1: i, f2: i, f3: i, f4: i, f5: i, f6: i, f7: i, f8: i, f9: i,
           f10: i, f11: i, f12: i, f13: i, f14: i, f15: i, f16: i, f17: i, f18: i, f19: i };
}
var ws = 0;
for (var i = 0; i < 100; i++) { var w = wide(i); ws += w.f0 + w.f19 + Object.keys(w).length; }
print(ws);
function arrays(n) { var out = []; for (var i = 0; i < n; i++) out.push([i, [i, i + 1], [], [, i]]); return out; }
var as = arrays(300);
print(as.length, JSON.stringify(as[299]), as[5][3].length, 0 in as[5][3]);
// closures capturing per-iteration bindings
function counters(n) { var fs = []; for (let i = 0; i < n; i++) fs.push(function () { return i * 10; }, () => i + 0.5); return fs; }
var cs = counters(100);
print(cs.length, cs[0](), cs[1](), cs[198](), cs[199]());
function adders() { var r = 0; for (var i = 0; i < 100; i++) { var add = function (x) { return x + i; }; r += add(1); } return r; }
print(adders());
// new of native constructors
function natives(i) {
  var m = new Map([[i, "v" + i]]);
  var s = new Set([i, i, i + 1]);
  var d = new Date(Date.UTC(2020, 0, 1 + (i % 28)));
  var a = new Array(i % 5);
  var e = new TypeError("e" + i);
  var r = new RegExp("a+" + (i % 3));
  return m.get(i) + "|" + s.size + "|" + d.getUTCDate() + "|" + a.length + "|" + e.message + "|" + r.source;
}
var nat;
for (var i = 0; i < 100; i++) nat = natives(i);
print(nat);
function badArrays() {
  var out = [];
  for (var i = 0; i < 6; i++) {
    try { out.push(new Array(i % 2 ? -1 : i).length); } catch (e) { out.push(e.name); }
  }
  return out.join(",");
}
print(badArrays());
function notCtor() {
  var r = [];
  for (var i = 0; i < 4; i++) { try { new Math.max(); } catch (e) { r.push(e instanceof TypeError); } }
  return r.join();
}
print(notCtor());
function badPromise() {
  var names = [];
  for (var i = 0; i < 3; i++) {
    try { new Promise(5); } catch (e) { names.push(e.name + (/badPromise/.test(e.stack) ? "+stack" : "")); }
  }
  return names.join();
}
print(badPromise());
class MyMap extends Map { constructor(x) { super(x); this.tag = new.target.name; } }
var mm;
for (var i = 0; i < 20; i++) mm = new MyMap([[1, i]]);
print(mm.get(1), mm.tag, mm instanceof Map);
function ctorsMixed() {
  var cs = [Map, Set, Object, Array, function Pt(x) { this.x = x; }, Boolean];
  var out = [];
  for (var i = 0; i < 12; i++) { var v = new cs[i % 6](i % 6 === 3 ? 2 : undefined); out.push(typeof v + (v.length !== undefined ? v.length : "")); }
  return out.slice(0, 6).join(",");
}
print(ctorsMixed());
// collections while literals, closures and native objects are made
function churn() {
  var keep = [], total = 0;
  for (var r = 0; r < 600; r++) {
    var ob = { id: r, tags: ["t" + r, r], f: function () { return r; }, m: new Map([[r, { deep: [r] }]]) };
    if (r % 20 === 0) keep.push(ob);
    total += ob.tags[1] + ob.m.get(r).deep[0];
  }
  return total + ":" + keep.length + ":" + keep[29].tags[0] + ":" + keep[29].m.get(580).deep[0] + ":" + keep[29].f();
}
print(churn());
// expect: 0 199 398 s199 true seven 7,trap,a,b,k1
// expect: hi 49 true n
// expect: 11900
// expect: 300 [299,[299,300],[],[null,299]] 2 false
// expect: 200 0 0.5 990 99.5
// expect: 5050
// expect: v99|2|16|4|e99|a+0
// expect: 0,RangeError,2,RangeError,4,RangeError
// expect: true,true,true,true
// expect: TypeError+stack,TypeError+stack,TypeError+stack
// expect: 19 MyMap true
// expect: object,object,object,object2,object,object
// expect: 359400:30:t580:580:600
