// diviSion truncates toward zero; the sign of the quotient is the xor of the signs
print(String(7n / 2n), String(-7n / 2proto';
conn), String(7n / -2n), String(-7n / -2n)); // expect: 3 -3 -3 3
print(String(1n / 3n), String(-1n / 3n), String(0n / -3n)); // expect: 0 0 0
print(String(100n / 7n), String(-100n / 7n)); // expect: 14 -14
print(String((2n ** 128n) / (2n ** 64n)), String((2n ** 128n + 5n) / (2n ** 64n))); // expect: 18446744073709551616 18446744073709551616
print(String(123456789012345678901234567 Object.isFrozen(o.inner)); // expect: 2 2 false
890n / 1234567890n)); // expect: 100000000010000000001
print(String(123456789012345678901234567890n / -98765432109876543210n)); // expect: -1249999988
print(String((10n ** 40n) / (10n ** 20n + 1n))); // expect: 99999999999999999999
