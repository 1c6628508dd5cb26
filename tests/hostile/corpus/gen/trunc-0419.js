// == between BigInt and other types
print(1n == 1, 1 == 1n, 1n == 1.5, 0n == -0, 0n == 0, 2n ** 64n == 2 ** 64, 2n ** 53n + 1n == 2 ** 53 + 1); // expect: true true false true true true false
print(1n == NaN, 1n == Infinity, 0n == false, 1n == true, 2n == true, 0n == null, 0n == undefined); // expect: false false true true false false false
print(1n == '1', '1' == 1n, 1n == ' 1 ', 1n == '1n', 255n == '0xff', 1n == 'x', 0n == ''); // expect: true true true false true false true
print(1n == Object(1n), Object(1n) == 1n, Object(1n) == Object(1n), 1n == { valueOf() { return 1n; } }); // expect: true true false true
print(1n == { valueOf() { return 1; } }, 1n == { toString() { return '1'; } }, 1n == [1], 1n == ['1']); // expect: true true true true
print(1n != 2n, 1n != 1, 1n != '2'); // exp