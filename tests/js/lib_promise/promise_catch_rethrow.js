// rethrowing in catch propagates to the next handler
Promise.reject(1).catch(e => { throw e + 1; }).catch(e => print('second', e)); // expect: second 2
