// a.push(x) after %Array.prototype%'s own prototype becomes a Proxy: every
// Set(O, index) reaches its set trap (the push fast paths' protector falls
// when %Array.prototype% changes its prototype: array.h).  fill() runs hot
// first.  The trap counts into a variable: an array push there would recurse.
function fill(a, n) { for (var i = 0; i < n; i++) a.push(i); return a.length; }
var warm;
for (var r = 0; r < 60; r++) fill(warm = [], 100);
print(warm.length);
var traps = 0;
var p = new Proxy(Object.create(null), {
  set: function (t, k, v, r) { traps++; return Reflect.set(t, k, v, r); },
});
var oldProto = Object.getPrototypeOf(Array.prototype);
Object.setPrototypeOf(Array.prototype, p);
var a = [];
var n = fill(a, 3);
Object.setPrototypeOf(Array.prototype, oldProto);
print(n, traps, a.join(), Object.getPrototypeOf(Array.prototype) === Object.prototype);

// expect: 100
// expect: 3 3 0,1,2 true
