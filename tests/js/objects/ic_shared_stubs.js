// The baseline JIT's shared IC and number stubs (tiers/baseline/bl_stubs.c):
// property sites whose entry 0 misses (other shapes: ic_get / ic_find), whose
// entry 0 is a prototype's property or a getter (ic_get_entry), a string
// primitive's properties (ic_get_prim), and arithmetic and compares on a mix
// of int32s and doubles or non-numbers (to_doubles).  Each site runs many
// times, so under --eager=baseline the stubs answer after the first miss,
// and then the cached answer is invalidated and must not be reused.

// -- GET of an own property, several shapes at one site (entries 1..3)
function getX(o) { return o.x; }
var shapes = [{ x: 1 }, { y: 0, x: 2 }, { z: 0, y: 0, x: 3 }, { w: 0, z: 0, y: 0, x: 4 }];
var sum = 0;
for (var i = 0; i < 40; i++) sum += getX(shapes[i % 4]);
print(sum); // expect: 100
print(getX({ q: 1 }), getX("str")); // expect: undefined undefined

// -- GET of a prototype's method, one shape (entry 0: no search) and then
// after the method is replaced, the prototype swapped, or shadowed
function A() { this.k = 1; }
A.prototype.m = function () { return "a1"; };
function callM(o) { return o.m(); }
var a = new A();
var seen = [];
for (var i = 0; i < 20; i++) seen.push(callM(a));
A.prototype.m = function () { return "a2"; };
for (var i = 0; i < 3; i++) seen.push(callM(a));
Object.setPrototypeOf(a, { m: function () { return "p"; } });
seen.push(callM(a));
var b = new A();
b.m = function () { return "own"; };
seen.push(callM(b), callM(new A()));
print(seen.slice(18).join(",")); // expect: a1,a1,a2,a2,a2,p,own,a2

// -- a prototype's method shadowed on a nearer prototype: the object's
// shape and prototype stay, the epoch moves (entry 0, then a later entry)
class Base { m() { return "base"; } }
class Derived extends Base {}
var d = new Derived(), ds = [];
for (var i = 0; i < 10; i++) ds.push(callM(d));
Derived.prototype.m = function () { return "derived"; };
ds.push(callM(d));
var d2 = new Derived();
d2.extra = 1;
for (var i = 0; i < 10; i++) ds.push(callM(i % 2 ? d2 : a));
Object.defineProperty(Derived.prototype, "m", { value: function () { return "again"; } });
delete Derived.prototype.m;
ds.push(callM(d2), callM(d));
print(ds.slice(9, 12).join(","), ds.slice(-2).join(",")); // expect: base,derived,p base,base

// -- prototype hits in entries past 0, then an epoch change
function B() { this.b = 1; }
B.prototype.m = function () { return "b"; };
function C() { this.c = 1; this.d = 2; }
C.prototype.m = function () { return "c"; };
var objs = [new A(), new B(), new C()];
var out = "";
for (var i = 0; i < 30; i++) out += callM(objs[i % 3])[0];
print(out.slice(0, 6)); // expect: abcabc
C.prototype.m = function () { return "C"; };
out = "";
for (var i = 0; i < 6; i++) out += callM(objs[i % 3]);
print(out); // expect: a2bCa2bC

// -- getters: in entry 0 and in a later entry
class G { get v() { return this.n * 2; } constructor(n) { this.n = n; } }
function getV(o) { return o.v; }
var g = new G(5), total = 0;
for (var i = 0; i < 10; i++) total += getV(g);
var mixed = [{ v: 1 }, new G(3), { u: 0, v: 7 }];
for (var i = 0; i < 9; i++) total += getV(mixed[i % 3]);
print(total); // expect: 142

// -- a string primitive's properties (String.prototype's methods), and
// after String.prototype changes
function charAt1(s) { return s.charAt(1); }
var cs = "";
for (var i = 0; i < 10; i++) cs += charAt1("xyz");
print(cs); // expect: yyyyyyyyyy
var saved = String.prototype.charAt;
String.prototype.charAt = function () { return "!"; };
print(charAt1("xyz")); // expect: !
String.prototype.charAt = saved;
print(charAt1("xyz"), charAt1("ab")); // expect: y b
function fooOf(s) { return s.foo; }
Object.prototype.foo = "object";
var foos = [];
for (var i = 0; i < 5; i++) foos.push(fooOf("s"));
String.prototype.foo = "string";
foos.push(fooOf("s"));
delete String.prototype.foo;
delete Object.prototype.foo;
foos.push(fooOf("s"));
print(foos.slice(4).join(",")); // expect: object,string,
function hasOwn(s) { return s.hasOwnProperty("length"); }
print(hasOwn("a"), hasOwn("b")); // expect: true true
function lenOf(s) { return s.length; }
print(lenOf("four"), lenOf({ length: 9 }), lenOf([1, 2])); // expect: 4 9 2

// -- SET of an own property at several shapes, and adds (transitions)
function setX(o, v) { o.x = v; }
for (var i = 0; i < 40; i++) setX(shapes[i % 4], i);
print(shapes.map(function (o) { return o.x; }).join(",")); // expect: 36,37,38,39
function build(n) { var o = {}; o.a = n; o.b = n + 1; return o; }
var built = [];
for (var i = 0; i < 20; i++) built.push(build(i));
print(built[19].a, built[19].b, Object.keys(built[7]).join("")); // expect: 19 20 ab
function addZ(o) { o.z = 1; return o; }
var adds = [];
for (var i = 0; i < 12; i++) adds.push(addZ(i % 2 ? { p: i } : { q: i, r: 0 }));
print(Object.keys(adds[10]).join(""), Object.keys(adds[11]).join("")); // expect: qrz pz
var frozen = Object.freeze({ x: 1 });
setX(frozen, 5);
print(frozen.x); // expect: 1

// -- numbers: int32 and double mixed, overflow, DIV and MOD, compares
function add(x, y) { return x + y; }
function sub(x, y) { return x - y; }
function mul(x, y) { return x * y; }
function div(x, y) { return x / y; }
function mod(x, y) { return x % y; }
function lt(x, y) { return x < y; }
function ge(x, y) { return x >= y; }
var r = [];
for (var i = 0; i < 5; i++) {
  r = [add(1, 0.5), add(0.25, 2), sub(3, 0.5), mul(0.5, 3), mul(2, 0.25),
       add(2147483647, 1), mul(65536, 65536), sub(-2147483648, 1),
       div(7, 2), div(6, 3), div(1, 0), div(-1, 0), div(0, -1), div(2.5, 0.5),
       mod(5.5, 2), mod(-7, 2.5), mod(7, 0),
       lt(1, 1.5), lt(2.5, 2), ge(2.5, 2), ge(2, 2.0), lt(NaN, 1), ge(1, NaN)];
}
print(r.join(" "));
// expect: 1.5 2.25 2.5 1.5 0.5 2147483648 4294967296 -2147483649 3.5 2 Infinity -Infinity 0 5 1.5 -2 NaN true false true true false false
print(Object.is(div(0, -1), -0), Object.is(mul(-0.5, 0), -0)); // expect: true true
print(add(1, "2"), sub("5", 1.5), div("9", 3), div(undefined, 1), mod("7", 2.5), lt("10", 9.5), ge(null, -0.5));
// expect: 12 3.5 3 NaN 2 false true
print(mul({ valueOf: function () { return 1.5; } }, 2), div(true, 0.5)); // expect: 3 2

// -- an int32 constant with a double: converted inline; with an int32 that
// overflows, a string or NaN: the stub or the slow path
function mul2(x) { return x * 2; }
function twice(x) { return 2 * x; }
function sub1(x) { return 1 - x; }
function half(x) { return x / 2; }
function gt4(x) { return x > 4.0; }
function below1(x) { if (x < 1) return "lo"; return "hi"; }
var k = [];
for (var i = 0; i < 5; i++) {
  k = [mul2(1.5), mul2(2147483647), mul2("3"), mul2(-0.25), twice(0.25), twice(1073741824), sub1(0.75), sub1(-2147483648),
       half(3), half(2.5), half("8"), Object.is(half(-0), -0), half(null),
       gt4(4.5), gt4(3.5), gt4(5), gt4("5"), gt4(NaN), below1(0.5), below1(1.5), below1(0), below1("0.5"), below1(undefined)];
}
print(k.join(" "));
// expect: 3 4294967294 6 -0.5 0.5 2147483648 0.25 2147483649 1.5 1.25 4 true 0 true false true true false lo hi lo lo hi
