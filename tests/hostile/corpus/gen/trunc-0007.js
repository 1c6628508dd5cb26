// a very long chain of proxies ends with a RangeError, not a crash
let p = {};
for (let i = 0; i < 10000; i++) p = new Proxy(p, {});
try { p.x; print('no error'); } catch (e) { print(e instanceof RangeError); } // expect: true
try { Object.keys(p); print('no error'); } catch (e) { print(e instanceof RangeError); } // expect: true
// a moderate chain of function proxies forwards t