// Array.prototype.push and array literals growing the elements of a full
// array (arr_push grows in place unless a prototype has elements): lengths,
// values, growth from empty and from literals, subclasses, and prototypes
// with an element setter or a read-only element, where the push must
// still go through [[Set]].
function grow(n) { var a = []; for (var i = 0; i < n; i++) a.push(i * 3); return a; }
var g = grow(1000);
var sum = 0;
for (var i = 0; i < g.length; i++) sum += g[i];
print(g.length, sum, g[0], g[999]);
var lit = [1, 2, 3];
for (var i = 0; i < 20; i++) lit.push(lit.length);
print(lit.length, lit.join(","));
class Bag extends Array {}
var b = new Bag();
for (var i = 0; i < 50; i++) b.push("x" + i);
print(b.length, b[49], b instanceof Bag);
var nested = [];
for (var i = 0; i < 100; i++) nested.push([i, { k: i }]);
var ks = 0;
for (var i = 0; i < nested.length; i++) ks += nested[i][1].k + nested[i][0];
print(nested.length, ks);
var log = [];
Object.defineProperty(Array.prototype, "5", { set: function (v) { log.push("set " + v); }, configurable: true });
var s = [0, 1, 2, 3, 4];
s.push(50);
s.push(60);
print(s.length, JSON.stringify(s), 5 in s, log.join(";"));
delete Array.prototype[5];
var roProto = Object.create(Array.prototype, { 3: { value: "ro", writable: false } });
var r = [0, 1, 2];
Object.setPrototypeOf(r, roProto);
var res;
try { r.push(9); res = "no error " + r.length; } catch (e) { res = e.constructor.name + " " + r.length + " " + r[3]; }
print(res);
var holes = [];
holes[3] = "h";
holes.length = 4;
holes.push("p");
print(holes.length, JSON.stringify(holes));
// expect: 1000 1498500 0 2997
// expect: 23 1,2,3,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22
// expect: 50 x49 true
// expect: 100 9900
// expect: 7 [0,1,2,3,4,null,60] true set 50
// expect: TypeError 3 ro
// expect: 5 [null,null,null,"h","p"]
