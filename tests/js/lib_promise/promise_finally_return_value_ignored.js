// finally's return value is ignored on fulfilment
Promise.resolve('orig').finally(() => 'ignored').then(v => print(v)); // expect: orig
