// << and >> (arithmetic, rounding toward -Infinity); negative counts reverse
print(String(1n << 0n), String(1n << 63n), String(1n << 64n), String(1n << 100n)); // expect: 1 9223372036854775808 18446744073709551616 1267650600228229401496703205376
print(String(-1n << 10n), String(5n << -1n), String(-5n << -1n)); // expect: -1024 2 -3
print(String(256n >> 4n), String(-256n >> 4n), String(-255n >> 4n), String(-1n >> 100n), String(7n >> 1000n)); // expect: 16 -16 -16 -1 0
print(String(5n >> -2n), String((2n ** 100n) >> 36n), String(-(2n ** 100n + 1n) >> 36n)); // expect: 20 18446744073709551616 -18446744073709551617
print(String(-(2n ** 64n) >> 64n), String(-(2n ** 64n) >> 63n), String(-(2n ** 64n + 1n) >> 64n)); // expect: -1 -2 -2
print(String(0n << 1000000n), String(3n >> (2n ** 80n)), String(-3n >> (2n ** 80n))); // expect: 0 0 -1
let x = 1n;
x <<= 65n;
x >>= 1n;
print(String(x)); // expect: 18446744073709551616
