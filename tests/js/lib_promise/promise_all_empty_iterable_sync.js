// Promise.all([]) resolves, but not synchronously
let done = false;
Promise.all([]).then(() => { done = true; print('resolved', done); });
print('sync', done);
// expect: sync false
// expect: resolved true
