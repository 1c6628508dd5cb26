// a very long chain of proxies ends with a RangeError, not a crash
let p = {};
for (let i = 0; i < 10000; i++) p = new Proxy(p, {});
try { p.x; print('no error'); } catch (e) { print(e instanceof RangeError); } // expect: true
try { Object.keys(p); print('no error'); } catch (e) { print(e instanceof RangeError); } // expect: true
// a moderate chain of function proxies forwards the call all the way down
let f = function (x) { return x + 1; };
for (let i = 0; i < 50; i++) f = new Proxy(f, {});
print(f(1), typeof f); // expect: 2 function
