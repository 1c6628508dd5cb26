const a = new Int32Array(4);
for (const idx of [4, -1, 2 ** 53, Infinity, "5", 4.5])
  try { Atomics.load(a, idx); print(idx, "no error"); } catch (e) { print(idx, e.constructor.name); }
print(Atomics.load(a, "1"), Atomics.load(a, 3.9), Atomics.load(a, undefined), Atomics.load(a, null), Atomics.load(a, NaN), Atomics.load(a, -0.5));
try { Atomics.add(a, 4, { valueOf() { print("not called"); return 1; } }); } catch (e) { print(e.constructor.name); }

// expect: 4 RangeError
// expect: -1 RangeError
// expect: 9007199254740992 RangeError
// expect: Infinity RangeError
// expect: 5 RangeError
// expect: 4.5 RangeError
// expect: 0 0 0 0 0 0
// expect: RangeError
