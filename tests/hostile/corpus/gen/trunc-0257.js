// sort / toSorted on BigInt arrays: signed and unsigned orders, comparators
const a = new BigInt64Array([3n, -1n, 2n ** 62n, -(2n ** 63n), 0n, 5n]);
print(a.toSorted().join()); // expect: -9223372036854775808,-1,0,3,5,4611686018427387904
print(a.toSorted((x, y) => (x