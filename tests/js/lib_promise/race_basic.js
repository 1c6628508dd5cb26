// Promise.race settles with the first; empty race stays pending
Promise.race([new Promise(r => setTimeout(() => r('slow'), 5)), Promise.resolve('fast')]).then(v => print(v));
Promise.race([Promise.reject('rej'), Promise.resolve('res')]).catch(v => print('first reject', v));
let settled = false;
Promise.race([]).then(() => { settled = true; });
setTimeout(() => print('empty settled', settled), 10);
Promise.race([1, 2]).then(v => print('non-promise', v));
print(Promise.race.length);
// expect: 1
// expect: fast
// expect: first reject rej
// expect: non-promise 1
// expect: empty settled false
