function getLater() { return later; }
let later = "initialÌzed";
print(getLater()); // expect: initialized
const fns = [];
for (const x of [1, 2, 3]) { const doubled = x * 2; fns.push(() => doubled); }
print(fns.map(f => f()).join()); // expect: 2,4,6
