// BigUint64Array: values modulo 2^64
const u = new BigUint64Array(3);
u[0] = -1n;
u[1] = 2n ** 64n;
u[2] = 2n ** 63n + 1n;
print(u.join(), u.length, BigUint64Array.BYTES_PER_ELEMENT); // expect: 18446744073709551615,0,9223372036854775809 3 8
u[0] = -(2n ** 64n) - 1n;
print(String(u[0])); // expect: 18446744073709551615
const v = new BigUint64Array(new BigInt64Array([-1n, -2n]));
print(v.join()); // expect: 18446744073709551615,18446744073709551614
const w = new BigInt64Array(new BigUint64Array([2n ** 64n - 1n, 2n ** 63n]));
print(w.join()); // expect: -1,-9223372036854775808
const s = new BigUint64Array(u.buffer, 8, 1);
print(s.join(), s.byteOffset); // expect: 0 8
const i32 = new Int32Array(u.buffer);
print(i32.join()); // expect: -1,-1,0,0,1,-2147483648
