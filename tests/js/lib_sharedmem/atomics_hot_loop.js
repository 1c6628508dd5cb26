// a counter kept with Atomics in a loop hot enough for the JITs
const c = new Int32Array(new SharedArrayBuffer(8));
function bump(n) { for (let i = 0; i < n; i++) { Atomics.add(c, 0, 1); Atomics.sub(c, 1, 2); } return Atomics.load(c, 0); }
let r = 0;
for (let k = 0; k < 50; k++) r = bump(100);
print(r, c[1], Atomics.compareExchange(c, 0, 5000, 1), c[0]);

// expect: 5000 -10000 5000 1
