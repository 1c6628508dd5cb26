const ia = new Int32Array(new SharedArrayBuffer(8));
const log = [];
const ws = [0, 1, 2, 3].map((i) => Atomics.waitAsync(ia, 0, 0).value.then((v) => log.push(i + v)));
print(Atomics.notify(ia, 0, 2), Atomics.notify(ia, 0, 1), Atomics.notify(ia, 0));
Promise.all(ws).then(() => print(log.join()));

// expect: 2 1 1
// expect: 0ok,1ok,2ok,3ok
