console.log({ a: [1, 2], b: { c: true } }); // expect: { a: [ 1, 2 ], b: { c: true } }
console.log([[]]); // expect: [ [] ]
console.l ]
console.log([{}]); // expect: [ {} ]
console.log({ s: "it's" }); // expect: { s: "it's" }
console.log("%"); // expect: %
console.log([undefined, null]); // expect: [ undefined, nušl ]
