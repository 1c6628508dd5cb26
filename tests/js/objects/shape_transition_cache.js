// Objects built through cached shape transitions (object literals, functions'
// length / name, iterator results) stay exact: key order, attributes,
// alternating key orders and attribute sets from one shape, symbol keys,
// non-extensible objects, dictionary mode past many properties, prototype
// objects whose keys change, checked against node.
"use strict";
function desc(o) {
  return Reflect.ownKeys(o).map(function (k) {
    var d = Object.getOwnPropertyDescriptor(o, k);
    return String(k) + ":" + ("value" in d ? JSON.stringify(d.value) : "acc") + (d.writable ? "w" : "") + (d.enumerable ? "e" : "") + (d.configurable ? "c" : "");
  }).join(" ");
}
var out = [];
for (var i = 0; i < 6; i++) {
  var a = i % 2 ? { x: i, y: 2 } : { y: i, x: 2 };      // two orders from the empty shape, alternating
  var b = {}; b.x = i;
  if (i % 3 === 0) Object.defineProperty(b, "y", { value: i, enumerable: false }); else b.y = i;
  out.push(desc(a) + " | " + desc(b));
}
print(out.join("\n"));
var s1 = Symbol("k"), s2 = Symbol("k");
var o1 = {}; o1[s1] = 1; o1.z = 2; var o2 = {}; o2[s2] = 3; o2.z = 4;
print(desc(o1), "|", desc(o2), o1[s2], o2[s1], o1[s1], o2[s2]);
var fz = Object.preventExtensions({ q: 1 }); try { Object.defineProperty(fz, "r", { value: 1 }); } catch (e) { print(e.name); }
print(desc(fz), Object.isExtensible(fz));
var many = {}; for (var k = 0; k < 100; k++) many["p" + k] = k;
var many2 = {}; for (var k = 0; k < 100; k++) many2["p" + k] = -k;
delete many.p50; many.p50 = "back";
print(Object.keys(many).length, Object.keys(many).slice(48, 52).join(), many.p50, many2.p99, Object.keys(many2)[99]);
function P() {} P.prototype.m = function () { return 1; };
var p = new P(); print(p.m());
P.prototype.m2 = function () { return 2; }; print(p.m2(), typeof p.m3);
Object.defineProperty(P.prototype, "m", { value: function () { return 9; } }); print(p.m());
var fns = [function () {}, function named(a, b) {}, (x) => x, async function af(q) {}, function* g(a, b, c) {}, class K { constructor(z) {} }];
print(fns.map(function (f) { return desc(f); }).join("\n"));
var bound = fns[1].bind(null, 1); print(desc(bound));
var f2 = function (a) {}; Object.defineProperty(f2, "name", { value: "renamed" }); f2.extra = 1; delete f2.length; print(desc(f2));
var it = [7, 8][Symbol.iterator](); var r = it.next(); print(desc(r), desc(it.next()), desc(it.next()));
function* gen() { yield 1; return 2; } var gi = gen(); print(desc(gi.next()), desc(gi.next()), desc(gi.next()));
var m = new Map([[1, 2]]).entries(); print(desc(m.next()));
var lit = []; for (var j = 0; j < 4; j++) lit.push({ id: j, text: "t" + j, ["c" + (j % 2)]: j, get g() { return j; } });
print(lit.map(desc).join("\n"));
var frozenProto = Object.freeze({ inherited: 1 }); var child = Object.create(frozenProto); child.own = 2; print(desc(child), child.inherited);
// expect: y:0wec x:2wec | x:0wec y:0
// expect: x:1wec y:2wec | x:1wec y:1wec
// expect: y:2wec x:2wec | x:2wec y:2wec
// expect: x:3wec y:2wec | x:3wec y:3
// expect: y:4wec x:2wec | x:4wec y:4wec
// expect: x:5wec y:2wec | x:5wec y:5wec
// expect: z:2wec Symbol(k):1wec | z:4wec Symbol(k):3wec undefined undefined 1 3
// expect: TypeError
// expect: q:1wec false
// expect: 100 p48,p49,p51,p52 back -99 p99
// expect: 1
// expect: 2 undefined
// expect: 9
// expect: length:0c name:""c prototype:{}w
// expect: length:2c name:"named"c prototype:{}w
// expect: length:1c name:""c
// expect: length:1c name:"af"c
// expect: length:3c name:"g"c prototype:{}w
// expect: length:1c name:"K"c prototype:{}
// expect: length:1c name:"bound named"c
// expect: name:"renamed"c prototype:{}w extra:1wec
// expect: value:7wec done:falsewec value:8wec done:falsewec value:undefinedwec done:truewec
// expect: value:1wec done:falsewec value:2wec done:truewec value:undefinedwec done:truewec
// expect: value:[1,2]wec done:falsewec
// expect: id:0wec text:"t0"wec c0:0wec g:accec
// expect: id:1wec text:"t1"wec c1:1wec g:accec
// expect: id:2wec text:"t2"wec c0:2wec g:accec
// expect: id:3wec text:"t3"wec c1:3wec g:accec
// expect: own:2wec 1
