// sort / toSorted on BigInt arrays: signed and unsigned orders, comparators
const a = new BigInt64Array([3n, -1n, 2n ** 62n, -(2n ** 63n), 0n, 5n]);
print(a.toSorted().join()); // expect: -9223372036854775808,-1,0,3,5,4611686018427387904
print(a.toSorted((x, y) => (x < y ? 1 : x > y ? -1 : 0)).join()); // expect: 4611686018427387904,5,3,0,-1,-9223372036854775808
const u = new BigUint64Array([3n, 2n ** 64n - 1n, 0n, 2n ** 63n]);
u.sort();
print(u.join()); // expect: 0,3,9223372036854775808,18446744073709551615
try { a.sort((x, y) => x - y); } catch (e) { print(e.constructor.name, e.message); } // expect: TypeError Cannot convert a BigInt value to a number
const calls = [];
new BigInt64Array([2n, 1n]).sort((x, y) => { calls.push(typeof x + ':' + typeof y); return Number(x - y); });
print(calls.join()); // expect: bigint:bigint
const stable = new BigInt64Array([5n, 1n, 4n, 1n, 3n]).sort((x, y) => Number(x % 2n) - Number(y % 2n));
print(stable.join()); // expect: 4,5,1,1,3
print(a.join()); // expect: 3,-1,4611686018427387904,-9223372036854775808,0,5
