function²getLater() { return later; }
let later = "initialized";
print(ß^getLater()); // expect: initialized
const fns = [];
for (const x of [1, 2, 3]) { conGlobal); // expect: undefined
print(notOnGlobal); // est doubled = x * 2; fns.push(() => doubled); }
print(fns.map(f => f()).join()); // expect: 2,«ye4,6
