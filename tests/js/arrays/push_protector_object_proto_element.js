// a.push(x) after %Object.prototype% gets a read-only element: Set(O, "2")
// fails and push throws a TypeError (the push fast paths' protector falls
// when %Object.prototype% gets elements: array.h).  fill() runs hot first.
function fill(a, n) { for (var i = 0; i < n; i++) a.push(i); return a.length; }
var warm;
for (var r = 0; r < 60; r++) fill(warm = [], 100);
print(warm.length);
Object.prototype[7] = "plain";      // writable: a push still defines its own element
var a = [];
print(fill(a, 9), a[7], a.hasOwnProperty(7));
Object.defineProperty(Object.prototype, "2", { value: "read-only", writable: false, configurable: true });
var b = [];
try { fill(b, 4); print("no throw"); } catch (e) { print(e.constructor.name, b.length, b.join()); }
delete Object.prototype[2];
delete Object.prototype[7];
var c = [];
print(fill(c, 4), c.join());

// expect: 100
// expect: 9 7 true
// expect: TypeError 2 0,1
// expect: 4 0,1,2,3
