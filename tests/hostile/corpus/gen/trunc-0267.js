// BigInt.asUintN: the value modulo 2^bits
print(String(BigInt.asUintN(8, 255n)), String(BigInt.asUintN(8, 256n)), String(BigInt.asUintN(8, -1n)), String(BigInt.asUintN(8, -256n)), String(BigInt.asUintN(8, -257n))); // expect: 255 0 255 0 255
print(String(BigInt.asUintN(0, 5n)), String(BigInt.asUintN(1, 3n)), String(BigInt.asUintN(1, -1n))); // expect: 0 1 1
print(String(BigInt.asUintN(64, -1n)), String(BigInt.asUintN(64, 2n ** 64n)), String(BigInt.asUintN(64, -(2n ** 63n))), String(BigInt.asUintN(64, 2n ** 64n + 3n))); // expect: 184467