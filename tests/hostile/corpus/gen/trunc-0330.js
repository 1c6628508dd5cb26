// BigInt64Array: construction, element reads and wrapping writes
const a = new BigInt64Array(4);
print(a.length, a.BYTES_PER_ELEMENT, BigInt64Array.BYTES_PER_ELEMENT, a.byteLength, typeof a[0], String(a[0])); // expect: 4 8 8 32 bigint 0
a[0] = 5n;
a[1] = -1n;
a[2] = 2n ** 63n;
a[3] = 2n ** 64n + 7n;
print(a.join(), String(a[2]), String(a[3])); // expect: 5,-1,-9223372036854775808,7 -9223372036854775808 7
a[1] += 10n;
a[0]+