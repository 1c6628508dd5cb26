// every operation but wait / waitAsync works on a non-shared buffer
const a = new Int32Array(4);
print(Atomics.store(a, 0, 10), Atomics.add(a, 0, 5), Atomics.load(a, 0), Atomics.compareExchange(a, 0, 15, 1), a[0]);
print(Atomics.notify(a, 0, 3));

// expect: 10 10 15 15 1
// expect: 0
