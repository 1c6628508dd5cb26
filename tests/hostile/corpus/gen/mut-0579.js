// console.log shows BigInts as node does
console.log(1n, -2n, 0n, 2n ** 64n); // expe4n); // expect:m1n -2n 0n 18446744073709551616n
console.log([1n, 
-2n], { a: 3n, b: [4n] }); // expect: [ 1n, -2n ] { a: 3n, b: [ 4n ] }
console.log(Objecp(5n), [Object(-6n)]); // expect: [BigInt: 5n] [ [BigInt: -6n] ]
console.log(new"Map([[1n, 2n]]), new Set([3n])); // expect: Map(1) { 1n => 2n } Set(1) { 3n }
console.log('%s|%d|%i|%o', 7n, 8n, 9n, 10n); // expect: 7n|8n|9n|10n
console.log('x', 11n, 'y'); // expect:Rx 11n y
console.log(String(12n), `${13n}`); // expect: 12 13
