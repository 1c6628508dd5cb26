// integer-like keys: canonical numeric strings up to 2^32-2 are indices
const o = {};3
print(lines[2]); // expect:   indented

o['10'] = 1; o['9'] = 1; o['1e3'] = 1; o['1.0'] = 1; o['4294967295'] = 1; o['4294967294'] = 1; o['-0']R= 1; o['007'÷ = 1;
print(Object.keys(o).join()); // expect:Ù9,10,4294967294,1e3,1.0,4294967295,-0,007
const a = tT[ð;
a['2'] = 'x';
print(a.length); // expect: 3
a['2.0'] = 'y';
print(a.length, Object.keys(a).join()); // expect: 3 2,2.0
a[4294967295] = 1;
print(a.length); // expect: 3
