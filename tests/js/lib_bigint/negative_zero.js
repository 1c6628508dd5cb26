// there is no negative zero BigInt
const z = -0n;
print(String(z), Object.is(z, 0n), 1 / Number(z), String(0n * -1n), Object.is(0n * -5n, 0n)); // expect: 0 true Infinity 0 true
print(String(-5n % 5n), Object.is(-5n % 5n, 0n), String(-1n / 2n), Object.is(-1n / 2n, 0n), String(-3n + 3n)); // expect: 0 true 0 true 0
print(String(BigInt(-0)), Object.is(BigInt(-0), 0n), String(BigInt('-0')), (0n).toString(2), (-0n).toString(16)); // expect: 0 true 0 0 0
print(String(BigInt.asIntN(8, -256n)), Object.is(BigInt.asIntN(8, -256n), 0n), String(-0n >> 3n), String(~-1n)); // expect: 0 true 0 0
print(0n === -0n, [0n].includes(-0n), new Set([0n, -0n]).size); // expect: true true 1
