// then with non-callable handlers passes values and reasons through
Promise.resolve(1).then(5, null).then(v => print('value', v));
Promise.reject(2).then(v => print('no'), undefined).then(null, r => print('reason', r));
Promise.resolve(3).then