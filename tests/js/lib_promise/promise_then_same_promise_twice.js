// handlers on one promise all run, in order
const p = Promise.resolve('v');
p.then(v => print(1, v)); // expect: 1 v
p.then(v => print(2, v)); // expect: 2 v
