const ia = new Int32Array(new SharedArrayBuffer(16));
const a = Atomics.waitAsync(ia, 1, 0), b = Atomics.waitAsync(ia, 1, 0, 10000), c = Atomics.waitAsync(ia, 2, 0);
print(a.async, b.async, a.value instanceof Promise, a.value !== b.value);
a.value.then((v) => print("a", v));
b.value.then((v) => print("b", v));
c.value.then((v) => print("c", v));
print(Atomics.notify(ia, 1, 1));
print(Atomics.notify(ia, 0));
print(Atomics.notify(ia, 1));
print(Atomics.notify(ia, 1), Atomics.notify(ia, 2, 0), Atomics.notify(ia, 2));

// expect: true true true true
// expect: 1
// expect: 0
// expect: 1
// expect: 0 0 1
// expect: a ok
// expect: b ok
// expect: c ok
