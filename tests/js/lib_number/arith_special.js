print(0 / 0, 1 / 0, -1 / 0, 1 / -0, 0 * -1, Object.is(0 * -1, -0));
print(5 % 3, -5 % 3, 5 % -3, 5.5 % 2, Object.is(-4 % 2, -0), 1 % 0, Infinity % 1, 1 % Infinity);
print(2 ** -1, (-8) ** (1 / 3), NaN ** 0, 1 ** Infinity, 0.1 * 3, 9007199254740992 + 1);
// expect: NaN Infinity -Infinity -Infinity -0 true
// expect: 2 -2 2 1.5 true NaN NaN 1
// expect: 0.5 NaN 1 NaN 0.30000000000000004 9007199254740992
