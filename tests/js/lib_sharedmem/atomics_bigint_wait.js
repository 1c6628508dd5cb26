// Atomics.wait / waitAsync / notify on a BigInt64Array: the expected value
// converts with ToBigInt64 and compares all 8 bytes; waiters are keyed by
// byte index (8 per element), so an Int32Array view of the same bytes
// reaches them too.  BigUint64Array is not waitable.
const sab = new SharedArrayBuffer(32);
const a = new BigInt64Array(sab);
a[1] = -5n;
print(Atomics.wait(a, 1, 5n, 0), Atomics.wait(a, 1, -5n, 0), Atomics.wait(a, 1, 2n ** 64n - 5n, 0));
print(Atomics.wait(a, 0, 2n ** 32n, 0), Atomics.wait(a, 0, 0n, 0), Atomics.wait(a, 0, false, 0));
for (const [k, f] of [["number", () => Atomics.wait(a, 0, 0, 0)], ["uint64", () => Atomics.wait(new BigUint64Array(sab), 0, 0n, 0)],
                      ["not shared", () => Atomics.wait(new BigInt64Array(4), 0, 0n, 0)], ["index", () => Atomics.wait(a, 4, 0n, 0)],
                      ["async number", () => Atomics.waitAsync(a, 0, 1, 0)], ["notify uint64", () => Atomics.notify(new BigUint64Array(sab), 0)]])
  try { print(k, f()); } catch (e) { print(k, e.constructor.name); }
const r1 = Atomics.waitAsync(a, 1, -5n), r2 = Atomics.waitAsync(a, 2, 0n), r3 = Atomics.waitAsync(a, 1, 0n);
print(r1.async, r2.async, r3.async, r3.value);
r1.value.then(v => print("r1", v));
r2.value.then(v => print("r2", v));
print(Atomics.notify(a, 0), Atomics.notify(new Int32Array(sab), 3));   // byte 0 none; byte 12 none
print(Atomics.notify(new Int32Array(sab), 2), Atomics.notify(a, 2, 1)); // byte 8: r1; byte 16: r2
print(Atomics.notify(new BigInt64Array(4), 0));                          // not shared: 0

// expect: not-equal timed-out timed-out
// expect: not-equal timed-out timed-out
// expect: number TypeError
// expect: uint64 TypeError
// expect: not shared TypeError
// expect: index RangeError
// expect: async number TypeError
// expect: notify uint64 TypeError
// expect: true true false not-equal
// expect: 0 0
// expect: 1 1
// expect: 0
// expect: r1 ok
// expect: r2 ok
