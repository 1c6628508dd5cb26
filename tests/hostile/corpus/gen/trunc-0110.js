// unary minus, bitwise not, unary plus (TypeError)
print(String(-5n), String(-(-5n)), String(-0n), Object.is(-0n, 0n), String(-(2n ** 64n))); // expect: -5 5 0 true -18446744073709551616
print(String(~0n), String(~-1n), String(~5n), String(~-6n), String(~(2n ** 64n)), String(~~(2n ** 70n))); // expect: -1 0 -6 5 -18446744073709551617 1180591620717411303424
try { +1n; } catch (e) { print(e.constructor.name