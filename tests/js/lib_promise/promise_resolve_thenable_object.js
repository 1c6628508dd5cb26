// Promise.resolve adopts thenables
Promise.resolve({ then(r) { r('adopted'); } }).then(v => print(v)); // expect: adopted
