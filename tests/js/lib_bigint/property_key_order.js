// BigInt keys become strings: integer-like ones order as array indices
const o = {};
o[10n] = 'a';
o[2n ** 70n] = 'b';
o[-1n] = 'c';
o[2n] = 'd';
print(Object.keys(o).join()); // expect: 2,10,1180591620717411303424,-1
print(o['1180591620717411303424'], o['-1'], o[2]); // expect: b c d
print(delete o[10n], 10n in o, Object.keys(o).length); // expect: true false 3
const sym = { [Symbol.toPrimitive]() { return 5n; } };
const p = { [sym]: 'five' };
print(Object.keys(p).join(), p[5]); // expect: 5 five
const m = new Map([[1n, 'x']]);
print(m.has('1'), m.has(1), m.has(1n)); // expect: false false true
