// comparisons between BigInt and String parse the string as a BigInt
print(1n < '2', '2' < 1n, 10n > '9', '10' > 9n, 1n < ' 2 ', 16n == '0x10', 16n <= '0x10'); // expect: true false true true true true true
print(1n < '1e3', 1n > '1e3', 1000n == '1e3', 1n < '1.5', 1n >= '1.5', 1n == '1.0'); // expect: false false false false false false
print(1n < 'abc', 1n >= 'abc', 0n == '', 0n <= '', 0n < '', 0n == '  '); // expect: false false true true false true
print(1n < '-0x1', 1n > '-0x1', -1n == '-1', -1n == '- 1', 5n > '+4'); // expect: false false true false true
print('99999999999999999999' < 100000000000000000000n, 100000000000000000000n > '99999999999999999999'); // expect: true true
print(1n < 'Infinity', 1n > '-Infinity', 1n == 'Infinity'); // expect: false false false
print('b' < 'a', 'a' < 'b', '10' < '9'); // expect: false true true
