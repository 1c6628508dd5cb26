// fill stores the value as is (-0 kept)
const a = [1, 2].fill(-0);
print(Object.is(a[0], -0), a.includes(0), a.indexOf(0)); // expect: true true 0
