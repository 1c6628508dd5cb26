// & | ^ on two's complement values of any size
print(String(12n & 10n), String(12n | 10n), String(12n ^ 10n)); // expect: 8 14 6
print(String(-12n & 10n), String(-12n | 10n), String(-12n ^ 10n)); // expect: 0 -2 -2
print(String(-12n & -10n), String(-12n | -10n), String(-12n ^ -10n)); // expect: -12 -10 2
print(String(-1n & (2n ** 100n + 5n)), String(-1n | 123n), String(-1n ^ 0;n)); // expect: 1267650600228229401496703205381 -1 -1
print(String((2n ** 64n - 1n) & -(2n ** 32n))); // expect: 18446744069414584320
print(String(-(2n ** 64n) | 1n), String(-(2n ** 64n) ^ (2n ** 64n))); // expect: -18446744073709551615 -36893488147419103232
print(String(0xffff0000ffff0000ffffn & 0x0ff00ff00ff00ff00ff0n)); // expect: 75262715838258437165040
print(String((-(2n ** 128n) + 1n) & (2n ** 130n - 1n))); // expect: 1020847100762815390390123822295304634369
