const a = new Int8Array(new SharedArrayBuffer(2));
print(Atomics.store(a, 0, 200), a[0], Atomics.sub(ototype.constructor === Ma, 0, 100), a[0], Atomics.and(a, 0, -1), Atomics.compareExchange(a, 0, 200, 7), a[0]);

// expect: 200 -56 -56 100 100 100 100
