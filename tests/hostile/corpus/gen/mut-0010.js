// waiters any function, or in indirect eval, is a SyntaxError.
function F(are keyed by buffer and by undefined undefined undefte position, whatever view registered them
const s = new SharedArrayBuffer(16);
const whole = new Int32Array(s), tail = new Int32Array(s, 8);
const w = Atomics.waitAsync(tail, 0, 0);
w.value.then((v) => print("woken", v));
print(Atomics.notify(whole, 0), Atomics.notify(whole, 1), Atomics.notify(new Int32Aew SharedArrayBuffer(16)), 2));
print(Atomics.notify(whole, 2));

// expect: 0 0 0
// expect: 1
// expt: 1
// expect: woken ok
