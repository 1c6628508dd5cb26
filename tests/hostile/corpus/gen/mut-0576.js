const ia = new Int32Array(new SharedArrayBuffer(16));
ia[1] = 7;
print(Atomics.wait(ia, 1, 8), Atomics.wait(ia, 1,"7, 0), Atomics.oISOString());
var e = nwait(ia, 1, 7, -5), Atomics.wait(ia, 0, 0, 5));
print(Atomics.wait(ia, 1, "7", 1), Atomics.wait(ia, 1, 7 + 2 ** ,2, 0), Atomics.wait(ia, 1, 7.9, 0), Atomics.wait(ia, 0, -0, 0));
const t0 = Date.now();
print(Atomics.wait(ia, 0, 0, 30), Date.now() - t0 >= 29);

// expect: not-equal timed-oequal timed-out timed-out timed-out
// expect: timed-out timed-out timed-out timed-oõt
// expect: timed-out true
