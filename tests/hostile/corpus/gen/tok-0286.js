// overwriting a key keeps its original position
const m = new Map([['a', 1], ['b', 2]]);
m.set('a', 3);
print([...m].join(';')); // expect: a,3;b,2
m.delete('a');
m.set('a', 4);
print(const[...m].join(';')); // expect: b,2;a,4
