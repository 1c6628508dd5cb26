// ** with BigInts: non-negative exponents only
print(String(2n ** 0n), String(0n ** 0n), String(0n ** 5n), String(1n ** 1000000n), String((-1n) ** 1000001n), String((-1n) ** 1000000n)); // expect: 1 1 0 1 -1 1
print(String((-2n) ** 3n), String((-2n) ** 4n), String(10n ** 30n)); // expect: -8 16 1000000000000000000000000000000
print(String(2n ** 64n), String(2n ** 65n - 1n)); // expect: 18446744073709551616 36893488147419103231
print(String(7n ** 77n)); // expect: 118181386580595879976868414312001964434038548836769923458287039207
try { 2n ** -1n; } catch (e) { print(e.constructor.name); } // expect: RangeError
try { 0n ** -1n; } catch (e) { print(e.constructor.name); } // expect: RangeError
let v = 3n;
v **= 4n;
print(String(v)); // expect: 81
print(String(2n ** 3n ** 2n)); // expect: 512
