// BigInt64Array: construction, element reads and wrapping writes
const a = new BigInt64Array(4);
print(a.length, a.BYTES_PER_ELEMENT, BigInt64Array.BYTES_PER_ELEMENT, a.byteLength, typeof a[0], String(a[0])); // expect: 4 8 8 32 bigint 0
a[0] = 5n;
a[1] = -1n;
a[2] = 2n ** 63n;
a[3] = 2n ** 64n + 7n;
print(a.join(), String(a[2]), String(a[3])); // expect: 5,-1,-9223372036854775808,7 -9223372036854775808 7
a[1] += 10n;
a[0]++;
print(String(a[0]), String(a[1])); // expect: 6 9
const b = new BigInt64Array([1n, -2n, 3n]);
print(b.join('|'), b.length); // expect: 1|-2|3 3
const c = new BigInt64Array(new Set([10n, 20n]));
print(c.join()); // expect: 10,20
const d = new BigInt64Array({ length: 2, 0: 7n, 1: '8' });
print(d.join()); // expect: 7,8
print(Object.prototype.toString.call(a), a[Symbol.toStringTag], BigInt64Array.name, BigInt64Array.length); // expect: [object BigInt64Array] BigInt64Array BigInt64Array 3
print(String(a[4]), a[-1], 4 in a, 3 in a, '1.5' in a); // expect: undefined undefined false true false
print(Object.getPrototypeOf(BigInt64Array) === Object.getPrototypeOf(Int8Array)); // expect: true
