// comparisons between BigInt and Number are exact, NaN is unordered
print(1n < 2, 2 < 1n, 1n < 1.5, 1.5 < 2n, 2n > 1.5, -1n < -0.5, -1n > -1.5); // expect: true false true true true true true
print(1n <= 1, 1n >= 1, 1 <= 1n, 0n <= -0, 0n >= -0); // expect: true true true true true
print(1n < NaN, 1n > NaN, 1n <= NaN, 1n >= NaN, NaN < 1n, NaN >= 1n); // expect: false false false false false false
print(1n < Infinity, 1n > -Infinity, 2n ** 2000n < Infinity, -(2n ** 2000n) > -Infinity, 2n ** 2000n > Number.MAX_VALUE); // expect: true true true true true
print(2n ** 53n + 1n > 2 ** 53, 2n ** 53n + 1n < 2 ** 53 + 2, 9007199254740993n > 9007199254740992); // expect: true true true
print(2n ** 64n === 2n ** 64n, 2n ** 64n > 18446744073709552000, 2n ** 64n < 18446744073709552000, 2n ** 64n >= 18446744073709552000); // expect: true false false true
print(-(2n ** 64n) < -18446744073709552000, -(2n ** 64n) <= -18446744073709552000); // expect: false true
print(0n < Number.MIN_VALUE, 0n > -Number.MIN_VALUE, 1n > 0.9999999999999999); // expect: true true true
