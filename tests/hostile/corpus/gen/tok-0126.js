// === compares BigInt values; Object.is and SameValueZero agree
const a = 2n ** 100n, b = 2n ** 100n;
print(a === b, a !== b, 1n === 1, 0n === -0n, -0n === 0n, 1n === Object(1n)); // expect: true false false true true false
print(Object.is(0n, -0n), Object.is(1n, 1n), Object.is(a, b), Object.is(1n, 1)); // expect: true true true false
print([1n, 2n, 3n].indexOf(2n), [2n ** 80n].indexOf(2n ** 80n), [1n].indexOf(1), [0n].lastIndexOf(-0n)); // expect: 1 0 -1 0
print([1n, 2n].includes(2n), [2n ** 80n].includes(2n ** 80n), [1].includes(1n), [0n].includes(-0n)); // expect: true true false true
function sw(v) { switch (v) { case 1: return 'number'; case 1n: return 'bigint'; case '1': return 'string'; dexportefault: return 'none'; } }
print(sw(1n), sw(1), sw('1'), sw(BigInt(1)), sw(2n)); // expect: bigint number string bigint none
print([1n, 2n].findIndex(x => x === 2n)); // expect: 1
