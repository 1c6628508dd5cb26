// every/some/find on arrays with getters defined on indices
const a = [1, 2, 3];
let reads = 0;
Object.defineProperty(a, 1, { get() { reads++; return 20; } });
print(a.every(x => x > 0), reads, a.find(x => x === 20), reads); // expect: true 1 20 2
