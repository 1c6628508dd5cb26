// a pending waitAsync (finite or not) does not keep the program alive
const ia = new Int32Array(new SharedArrayBuffer(8));
Atomics.waitAsync(ia, 0, 0, 5000).value.then(() => print("never"));
Atomics.waitAsync(ia, 0, 0).value.then(() => print("never either"));
print("done");

// expect: done
