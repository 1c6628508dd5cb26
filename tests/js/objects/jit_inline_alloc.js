// Object and array literals in hot functions: baseline code allocates
// them inline (heap_alloc's bump and free-list paths), preallocates an
// object literal's slots, and adds its fields through the transition
// cached on the shape; everything else goes to C.  Covered: literals of
// 0..20 fields (slots preallocated for 4, 8 and 16, none past 16),
// alternating shapes at one site (the cached transition misses), a
// setter on Object.prototype (a field is defined, never set), computed,
// numeric and `length` keys, getters in literals, __proto__, class
// fields on a prototype object, a non-extensible and a frozen `this`,
// array literals with 0..20 elements and holes, inherited elements
// showing through holes, and enough retained garbage that collections run
// while it all allocates.
var setterCalls = 0;
Object.defineProperty(Object.prototype, "s", { set: function (v) { setterCalls++; }, configurable: true });
function lit(i) {
  switch (i % 6) {
    case 0: return {};
    case 1: return { a: i };
    case 2: return { a: i, b: i + 1, c: i + 2, d: i + 3 };
    case 3: return { a: i, b: i + 1, c: i + 2, d: i + 3, e: i + 4 };
    case 4: return { a: i, b: 1, c: 2, d: 3, e: 4, f: 5, g: 6, h: 7, i: 8 };
    default: return { s: i, a: i, x0: 0, x1: 1, x2: 2, x3: 3, x4: 4, x5: 5, x6: 6, x7: 7, x8: 8,
                      x9: 9, x10: 10, x11: 11, x12: 12, x13: 13, x14: 14, x15: 15, x16: 16, x17: 17 };
  }
}
var keep = [], sum = 0;
for (var i = 0; i < 1200; i++) {
  var o = lit(i);
  if (i % 7 === 0) keep.push(o);
  for (var k in o) sum += typeof o[k] === "number" ? o[k] : 0;
}
print(sum, setterCalls, keep.length, Object.keys(keep[5]).join(","));
// expect: 1600800 0 172 s,a,x0,x1,x2,x3,x4,x5,x6,x7,x8,x9,x10,x11,x12,x13,x14,x15,x16,x17
print(Object.keys(lit(5)).length, lit(5).x17, Object.getOwnPropertyDescriptor(lit(5), "s").value);
// expect: 20 17 5
delete Object.prototype.s;

// one site, two shapes: {a, b} and {a, c} take turns on the empty shape's cache
function alt(i) { return i & 1 ? { a: i, b: "b" } : { a: i, c: "c" }; }
function alt2(i) { return { a: i, c: i }; }
var acc = "";
for (var i = 0; i < 200; i++) {
  var x = alt(i), y = alt2(i);
  if (i > 195) acc += JSON.stringify(x) + JSON.stringify(y);
}
print(acc);
// expect: {"a":196,"c":"c"}{"a":196,"c":196}{"a":197,"b":"b"}{"a":197,"c":197}{"a":198,"c":"c"}{"a":198,"c":198}{"a":199,"b":"b"}{"a":199,"c":199}

// keys the fast path leaves to C
function odd(i) {
  var k = "k" + (i % 3);
  return { length: i, 0: "zero", [k]: i, get g() { return this.length * 2; }, __proto__: { inherited: i }, z: 1 };
}
var od;
for (var i = 0; i < 60; i++) od = odd(i);
print(od.length, od[0], od.k2, od.g, od.inherited, od.z, Object.keys(od).join(","));
// expect: 59 zero 59 118 59 1 0,length,k2,g,z

// class fields: DEFINE_FIELD on `this`
var kids = [];
class P { a = (kids.push(Object.create(this)), 1); b = 2; c = 3; }
var reads = 0;
for (var i = 0; i < 60; i++) {
  var p = new P();
  var kid = kids[kids.length - 1];
  reads += kid.a + kid.b + kid.c;
}
print(reads, kids.length);
// expect: 360 60
class Locked { constructor() { Object.preventExtensions(this); } }
class Field extends Locked { x = 1; }
class Cold { constructor() { Object.freeze(this); } }
class FieldF extends Cold { y = 2; }
var errs = [];
for (var i = 0; i < 30; i++) {
  try { new Field(); } catch (e) { if (i === 29) errs.push(e instanceof TypeError); }
  try { new FieldF(); } catch (e) { if (i === 29) errs.push(e instanceof TypeError); }
}
print(errs.join());
// expect: true,true

// array literals: 0..20 elements, holes, inherited elements
function arr(i) {
  switch (i % 5) {
    case 0: return [];
    case 1: return [i];
    case 2: return [i, , i + 2];
    case 3: return [i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i];
    default: return [i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i];
  }
}
var total = 0, holes = 0;
for (var i = 0; i < 600; i++) {
  var a = arr(i);
  if (i % 11 === 0) keep.push(a);
  for (var j = 0; j < a.length; j++) { if (!(j in a)) holes++; else total += a[j]; }
  a.push(1);
  total += a.length;
}
print(total, holes);
// expect: 1413900 120
Array.prototype[1] = "from proto";
var seen = "";
for (var i = 0; i < 20; i++) { var h = arr(2); seen = h[1] + ":" + h.length; }
print(seen);
// expect: from proto:3
delete Array.prototype[1];

// empty literals get room for 8 elements in baseline code: pushes,
// index stores past the length, length changes, an index setter on
// Array.prototype, an empty literal as a prototype
function fill(n) { var a = []; for (var i = 0; i < n; i++) a.push(i * 2); return a; }
function sparse() { var a = []; a[3] = "x"; a.length = 6; return a.length + ":" + (1 in a) + ":" + a[3]; }
var fs = 0, sp;
for (var i = 0; i < 200; i++) { var fa = fill(i % 12); fs += fa.length + (fa.length ? fa[fa.length - 1] : 0); sp = sparse(); }
print(fs, sp, JSON.stringify(fill(3)), [].length, [][0]);
// expect: 2886 6:false:x [0,2,4] 0 undefined
var setterHits = 0;
Object.defineProperty(Array.prototype, 0, { set: function (v) { setterHits++; }, get: function () { return "inherited"; }, configurable: true });
var pushed;
for (var i = 0; i < 20; i++) { pushed = []; pushed.push("own"); }
print(setterHits, pushed.length, pushed[0], Object.keys(pushed).length);
// expect: 20 1 inherited 0
delete Array.prototype[0];
var base = [], child;
for (var i = 0; i < 20; i++) { base = []; child = Object.create(base); base.push(i); }
print(child[0], child.length, base.length);
// expect: 19 1 1

// garbage kept alive across collections: everything still intact
var check = 0;
for (var i = 0; i < keep.length; i++) {
  var v = keep[i];
  if (Array.isArray(v)) check += v.length;
  else check += Object.keys(v).length;
}
print(keep.length, check);
// expect: 227 1597
