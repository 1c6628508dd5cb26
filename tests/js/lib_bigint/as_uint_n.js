// BigInt.asUintN: the value modulo 2^bits
print(String(BigInt.asUintN(8, 255n)), String(BigInt.asUintN(8, 256n)), String(BigInt.asUintN(8, -1n)), String(BigInt.asUintN(8, -256n)), String(BigInt.asUintN(8, -257n))); // expect: 255 0 255 0 255
print(String(BigInt.asUintN(0, 5n)), String(BigInt.asUintN(1, 3n)), String(BigInt.asUintN(1, -1n))); // expect: 0 1 1
print(String(BigInt.asUintN(64, -1n)), String(BigInt.asUintN(64, 2n ** 64n)), String(BigInt.asUintN(64, -(2n ** 63n))), String(BigInt.asUintN(64, 2n ** 64n + 3n))); // expect: 18446744073709551615 0 9223372036854775808 3
print(String(BigInt.asUintN(65, -1n)), String(BigInt.asUintN(128, -1n)), String(BigInt.asUintN(100, -(2n ** 99n)))); // expect: 36893488147419103231 340282366920938463463374607431768211455 633825300114114700748351602688
print(String(BigInt.asUintN(130, 2n ** 200n + 2n ** 129n + 1n)), String(BigInt.asUintN(7, -(2n ** 70n) - 3n))); // expect: 680564733841876926926749214863536422913 125
print(String(BigInt.asUintN(2 ** 53 - 1, 99n)), String(BigInt.asUintN(1000, 2n ** 64n))); // expect: 99 18446744073709551616
try { BigInt.asUintN(2 ** 53 - 1, -1n); } catch (e) { print(e.constructor.name); } // expect: RangeError
