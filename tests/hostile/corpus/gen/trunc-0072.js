console.log("a1b2".replace(/\d/g, d => d * 2)); // expect: a2b4
console.log("x".replace(/x/, (m,