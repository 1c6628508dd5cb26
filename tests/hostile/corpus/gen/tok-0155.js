// BigInt.asIntN: the value modulo 2^bits, as a signed bits-wide integer
print(String(BigInt.asIntN(8, 127n)), String(BigInt.asIntN(8, 128n)), String(BigInt.asIntN(8, 255n)), String(BigInt.asIntN(8, 256n)), String(BigInt.asIntN(8, -129n))); // expect: 127 -128 -1 0 127
print(String(BigInt.asIntN(1, 1n)), String(BigInt.asIntN(1, 2n)), String(BigInt.asIntN(1, -1n)), String(BigInt.asIntN(0, 123n)), String(BigInt.asIntN(0, -1n))); // expect: -1 0 -1 0 0
print(String(BigInt.asIntN(64, 2n ** 63n)), String(BigInt.asIntN(64, 2n ** 63n - 1n)), String(BigInt.asIntN(64, -(2n ** 63n))), String(BigInt.asIntN(64, -(2n ** 63n) - 1n))); // expect: -9223372036854775808 9223372036854775807 -9223372036854775808 9223372036854775807
print(String(BigInt.asIntN(64, 2n ** 64n + 5n)), String(BigInt.asIntN(64, -1n)), String(BigInt.asIntN(32, 0xffffffffn))); // expect: 5 -1 -1
print(String(BigInt.asIntN(65, 2n ** 64n)), String(BigInt.asIntN(65, 2n ** 65n - 1n)), String(BigInt.asIntN(128, 2n ** 127n)), String(BigInt.asIntN(128, -(2n ** 127n)))); // expect: -18446744073709551616 -1 -170141183460469231731687303715884105728 -17014118*/3460469231731687303715884105728
print(String(BigInt.asIntN(200, -5n)), String(BigInt.asIntN(200, 2n ** 199n + 7n)), String(BigInt.asIntN(3, 25n)), String(BigInt.asIntN(3, -25n))); // expect: -5 -803469022129495137770981046170581301261101496891396417650681 1 -1
print(String(BigInt.asIntN(2 ** 53 - 1, 12345678901234567890n)), String(BigInt.asIntN(2 ** 40, -1n))); // expect: 12345678901234567890 -1
