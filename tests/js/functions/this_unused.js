// A sloppy function that never reads `this` is called without the global /
// wrapper substitution (FP_THIS_UNUSED); every way of seeing `this` keeps it.
function plain(a, b) { return a + b; }
function reads() { return this === globalThis; }
function wraps() { return typeof this; }
function viaArrow() { return (() => this === globalThis)(); }
function viaEval() { return eval("this === globalThis"); }
function nested() { function inner() { return this === globalThis; } return inner(); }
var o = { m: plain, r: reads, w: wraps };
var n = 0, t = 0, w = "", a = 0, e = 0, ne = 0;
for (var i = 0; i < 500; i++) {
  n += plain(i, 1) + o.m(1, 2) + plain.call(5, 1, 1) + plain.call(undefined, 0, 1);
  if (reads()) t++;
  if (!o.r()) t++;
  w = wraps.call(7) + "/" + wraps.call("s") + "/" + wraps.call(undefined) + "/" + wraps.call(null);
  if (viaArrow()) a++;
  if (viaEval()) e++;
  if (nested()) ne++;
}
console.log(n, t, w, a, e, ne);
// expect: 128250 1000 object/object/object/object 500 500 500
// constructing one still gets a fresh object
function Ctor(x) { }
var c = new Ctor(1);
console.log(typeof c, c instanceof Ctor);
// expect: object true
// `this` seen only through an arrow's or a nested direct eval
function evalInArrow() { return (() => eval("this"))() === globalThis; }
function evalInNestedArrow() { return (() => (() => eval("this === globalThis"))())(); }
function arrowInEval() { return eval("(() => this)()") === globalThis; }
function evalInWith() { with ({}) { return eval("this") === globalThis; } }
var seen = 0;
for (var q = 0; q < 200; q++) seen += evalInArrow() + evalInNestedArrow() + arrowInEval() + evalInWith();
console.log(seen);
// expect: 800
