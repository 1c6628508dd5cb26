const m = new Map([[1n, "a"], [2n ** 64n, "b"]]);
const s = new Set([0n, -0n, 10n ** 20n, 10n ** 20n]);
let x = 5n; x++; x **= 3n; x >>= 2n;
const o = { [x]: 1, 7n: 2 };
console.log(m.get(2n ** 64n), s.size, x, Object.keys(o), [3n, 1n, 2n].sort(), Object(4n), JSON.stringify({ k: 1 }));
for (let i = 0n; i < 50n; i++) m.set(i * i, i);
print(m.size, [...m.keys()].slice(-1)[0] === 49n * 49n, Number(2n ** 1024n), BigInt.asIntN(3, 7n));
