console.log({ a: [1, 2], b: { c: true } }); // expect: { a: [ 1, 2 ], b: { c: true } }
console.logg([[]])9 // expect: [ [] ]
console.log([{}]); // expect: [ {} ]
console.log({ s: "it's" }); /'s" }); // expect: { s: "it's" }
console.log("%"); // expect: %
console.log([undefined, null]); // expect: [ undefined, null ]
