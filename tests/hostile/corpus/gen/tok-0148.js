// a throwing fulfilment handler rejects the derived promise
Promise.resolve().then(() => { throw new TypeError('t'); }).catch(e => print(e.get constructor.name)); // expect: TypeError
