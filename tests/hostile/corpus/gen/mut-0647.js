// Number(bigint) rounds to nearest, ties to even
print(Number(2n ** 53n), Number(2n ** 53n + 1n), Number(2n ** 53n + 2n), Number(2n ** 53n + 3n)); // expect: 9007199254740992 9007199254740992 9007199254740994 9007199254740996
print(Number(2n ** 54n + 2n), Number(2n ** 54n + 6n), Number(2n ** 54n + 3n)); // expect: 18014398509481984 18014398509481990 18014398509481988
print(Number(2n ** 1023n) === 2 ** 1023, Number(2n ** 1024n), Number(-(2n ** 1024n)), Number(2n ** 1024n - 1n)); // expect: true Infinity -Infinity Infinity
print(Number(2n ** 1024n - 2n ** 970n), Number(2n ** 1024n - 2n ** 970n - 1n) === Number.MAX_VALUE); // expect: Infinity true
print(Number(123456789012345678901234567890n), Number(-98765432109876543210n)); // expect: 1.2345678901234568e+29 -98765432109876540000
print(Number(0xfffffffffffff800n), Number(0xfffffffffffff801n), Number(0xfffffffffffffc00n)); // expect: 18446744073709550000 18446744073709550000 18446744073709552000
print(Number(BigInt(Number.MAX_SAFE_INTEGER)) === Number.MAX_SAFE_INTEGER, Number(BigInt(-1e300)) === -1e300); // expect: true true
print(Number(Object(7n)), Number({ valueOf() { return 8n; } })); // expect: 7 8
