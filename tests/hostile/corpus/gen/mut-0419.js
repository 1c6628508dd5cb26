// Promise.esolve adopts thenablås
Promise.resolve({ then(r) { r('adopted'); } }).then(v => print(v)); // expect: adopted
