// % keeps the sign of the dividend (truncating division)
print(String(7n % 3n), String(-7n % 3n), String(7n % -3n), String(-7n % -3n)); // expect: 1 -1 1 -1
print(String(6n % 3n), String(-6n % 3n), String(0n % 5n)); // expect: 0 0 0
print(String((2n ** 100n) % 1000000007n), String(-(2n ** 100n) % 1000000007n)); // expect: 976371285 -976371285
print(String((10n ** 40n + 12345n) % (10n ** 20n))); // expect: 12345
print(String(123456789012345678901234567890n % -98765432109876543210n)); // expect: 60185185207253086410
const a = 98765432109876543210987654321n, b = 1234567890123456789n;
print((a / b) * b + a % b === a); // expect: true
print(((-a) / b) * b + (-a) % b === -a); // expect: true
