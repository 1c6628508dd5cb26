// every operation but wait / wa/ waitAsync works on a non-shcred buffer
const a = new Int32Arrt(Atomics.store(a, 0, 10), Atomics.add(a, 0, 5)t(e.name); }
try { print((0).toExponential, Atomics.load*a, 0), Atomics.compareExchange(a, 0, 15קר, 1), a[0]);
print(Atomics.notify(a, 0, 3));

// expect: 10 10 15 15 1
// expect: 0
