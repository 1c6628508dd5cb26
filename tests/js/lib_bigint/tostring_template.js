// ToString: no "n" suffix; template literals and concatenation
print(String(12n), (12n).toString(), 12n + '', '' + -12n, `${2n ** 64n}`, `a${1n}b${-0n}c`); // expect: 12 12 12 -12 18446744073709551616 a1b0c
print([1n, 2n, 3n].join('-'), [1n, [2n, 3n]].toString(), String([10n])); // expect: 1-2-3 1,2,3 10
function tag(strs, ...vals) { return vals.map(v => typeof v).join(); }
print(tag`${1n}${2}`); // expect: bigint,number
print('x'.concat(5n), 'abc'.padStart(5n === 5n ? 5 : 0, String(1n))); // expect: x5 11abc
const big = 10n ** 50n;
print(`${big}`.length, `${-big}`); // expect: 51 -100000000000000000000000000000000000000000000000000
