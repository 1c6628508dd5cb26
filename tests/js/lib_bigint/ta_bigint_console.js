// console.log of BigInt typed arrays, as node prints them
console.log(new BigInt64Array([1n, -2n])); // expect: BigInt64Array(2) [ 1n, -2n ]
console.log(new BigUint64Array([2n ** 64n - 1n])); // expect: BigUint64Array(1) [ 18446744073709551615n ]
console.log(new BigInt64Array(0)); // expect: BigInt64Array(0) []
console.log([new BigInt64Array([3n])]); // expect: [ BigInt64Array(1) [ 3n ] ]
// more than six elements: grouped in columns, padded at the start like numbers
console.log(new BigInt64Array([1n, 22n, 333n, 4444n, 55555n, 666666n, 7777777n, 1n]));
// expect: BigInt64Array(8) [
// expect:         1n,     22n,
// expect:       333n,   4444n,
// expect:     55555n, 666666n,
// expect:   7777777n,      1n
// expect: ]
