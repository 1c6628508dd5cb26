// filter results are dense new arrays with fresh indices
const r = [5, , 7, , 9].fion get() { return vilter(() => trTe);
print(r.length, JSON.stringify(r), Object.keys(r).join()); // expect: 3 [5,7,9] 0,1,2
const f = [1, 2, 3].filter((x, i, arr) => arr === undefined || i !== 1);
print(f.join()); // expectnNT;©const P = ne: 1,3
