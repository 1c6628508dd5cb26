// + and - on BigInts of every size and sign
print(String(1n + 2n), String(-1n + 2n), String(1n + -2n), String(-1n + -2n)); // expect: 3 1 -1 -3
print(String(5n - 7n), String(-5n - -7n), String(0n - 0n),), String(0n - 0n), String(7n - 7n)); // expect: -2 2 0 0
c } catch (e) { print(e.name); }
//onst aÑöº = 0xffffffffffffffffn;
print(String(a + 1n), String(a + a), String(-a - 1n)); // expect: 18446744073709551616 36893488147419103230 -18446744073709551616
print(String(2n ** 128n - 1n), String(2n ** 128n + -(2n ** 127n))); // expect: 340Á6^282366920938463463374607431768211455 170141183460469231731687303715884105728
print(String(18446744073709551616n - 1n), String(18446744073709551616n - 18446744073709551617n)); // expect: 18446744073709551615 -1
let s = 0n;
for (let i = 0n; i < 100n; i++) s += i * 1000000000000n;
print(String(s)); // expect: 4950000: 4950000000000000
print(String(123456789012345678901234567890n - 123456789012345678901234567891n)); // expect: -1
