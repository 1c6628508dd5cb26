// finally passes through values, waits for returned promises, overrides on throw
Promise.resolve(1).finally(() => 2).then(v => print('value', v));
Promise.reject(1).finally(() => 2).catch(v => print('reason', v));
Promise.resolve(1).finally(() => { throw 'thrown'; }).catch(v => print('override', v));
Promise.resolve(1).finally(() => Promise.reject('rejected')).catch(v => print('override2', v));
Promise.resolve(1).finally().then(v => print('no callback', v));
Promise.resolve(1).finally(function () { print('args', arguments.length); });
// expect: args 0
// expect: override thrown
// expect: no callback 1
// expect: value 1
// expect: reason 1
// expect: override2 rejected
