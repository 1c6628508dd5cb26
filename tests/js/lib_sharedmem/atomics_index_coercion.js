const a = new Int16Array(4);
a[2] = 9;
print(Atomics.load(a, "2"), Atomics.load(a, 2.99), Atomics.load(a, [2]), Atomics.load(a, { valueOf: () => 2 }), Atomics.load(a, true));

// expect: 9 9 9 9 0
