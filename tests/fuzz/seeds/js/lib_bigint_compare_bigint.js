// relational comparison between BigInts
print(1n < 2n, 2n < 1n, -1n < 1n, -2n < -1n, 0n <= -0n, 5n >= 5n, 5n > 5n); // expect: true false true true true true false
print(2n ** 64n > 2n ** 64n - 1n, -(2n ** 64n) < -(2n ** 64n) + 1n, 2n ** 100n < 2n ** 99n); // expect: true true false
const vals = [3n, -10n, 2n ** 70n, 0n, -(2n ** 70n), 7n];
vals.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
print(vals.map(String).join()); // expect: -1180591620717411303424,-10,0,3,7,1180591620717411303424
print(12345678901234567890n < 12345678901234567891n, -12345678901234567890n < -12345678901234567891n); // expect: true false
