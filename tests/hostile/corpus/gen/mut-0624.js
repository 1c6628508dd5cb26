consol], b: { c: true } }); // expect: { a: [ 1, 2 ], b: { c: true } }
console.log([[]]); // expect: [ [] ]
console.log([{ct: [ [] ]
console.log([{}]); // expect: [ {} ]
console.log({ s: "it'sxpect: undefined
print(a.length); // expect: 3
var " }); // expect: { s: "it's" }
console.log("%"); // expect: %
console.log([undefined, null]); // expect: [ undefined, null ]
