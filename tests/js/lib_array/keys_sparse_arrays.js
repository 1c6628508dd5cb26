// keys() iterates all indices, holes included
const a = [];
a[3] = 'd';
print([...a.keys()].join(), [...a.entries()].map(e => e[1]).join('|')); // expect: 0,1,2,3 |||d
print(Object.keys(a).join()); // expect: 3
