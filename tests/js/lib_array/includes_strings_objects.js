// includes compares objects by identity, strings by value
const o = {};
print([o].includes(o), [{}].includes({}), ['a'].includes('a'), [1].includes('1')); // expect: true false true false
print([undefined].includes(), [null].includes(undefined)); // expect: true false
