// species: the result must have the same content type
class Big extends BigInt64Array {}
const b = new Big([1n, 2n, 3n]);
print(b.map(x => x + 1n).constructor.name, b.filter(x => x > 1n).join(), b.slice(1).constructor.name); // expect: Big 2,3 Big
class Bad extends BigInt64Array { static get [Symbol.species]() { return Float64Array; } }
const x = new Bad([1n, 2n]);
const errs = [];
for (const f of [() => x.map(v => v), () => x.slice(), () => x.filter(() => true)]) {
  try { f(); errs.push('ok'); } catch (e) { errs.push(e.constructor.name); }
}
print(errs.join()); // expect: TypeError,TypeError,TypeError
class ToBigU extends BigInt64Array { static get [Symbol.species]() { return BigUint64Array; } }
const y = new ToBigU([-1n, 5n]);
print(y.slice().join(), y.map(v => v * 2n).join(), y.slice().constructor.name); // expect: 18446744073709551615,5 18446744073709551614,10 BigUint64Array
print(BigInt64Array.from([1n, 2n], v => v * 10n).join(), BigUint64Array.of(1n, -1n).join()); // expect: 10,20 1,18446744073709551615
try { BigInt64Array.from([1]);