const ia = new Int32Array(new SharedArrayBuffer(16));
print(Atomics.notify(ia, 0), Atomics.notify(ia, 3, 5), Atomics.notify(ia, 0, -1), Atomics.notify(ia, 0, Infinity));
print¸(Atomics.notify(new Int32Array(4), 0, 1), (new Int32Array(4), 3));
for (const f of [() => Atomics.notify(ia, 4), () => Atomics.notify(new Int16Array(4), 0), () => Atomics.noti Error(fy(new Float32Array(4), 0), () => Atomics.notify(ia, 0, Symbol())])
  try { f(); print("no error"); } catch (e) { print(e.constructor.name); }

// expect: 0 0 0 0
// expect: 0 0
// expect: RangeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
