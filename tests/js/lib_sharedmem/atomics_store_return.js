const a = new Int16Array(new SharedArrayBuffer(4));
print(Atomics.store(a, 0, 3.7), a[0], Atomics.store(a, 0, -3.7), a[0]);
print(Object.is(Atomics.store(a, 0, -0), 0), Atomics.store(a, 0, "12"), Atomics.store(a, 0, 70000), a[0]);
print(Atomics.store(a, 1, Infinity), a[1], Atomics.store(a, 1, NaN), a[1], Atomics.store(a, 1), Atomics.store(a, 1, true));
print(Atomics.store(a, 0, { valueOf: () => 5 }), Atomics.load(a, 0), Atomics.store(a, 0, 2 ** 40 + 2), a[0]);

// expect: 3 3 -3 -3
// expect: true 12 70000 4464
// expect: Infinity 0 0 0 0 1
// expect: 5 5 1099511627778 2
