// compound assignment operators with BigInts
let x = 10n;
x += 5n; print(String(x)); // expect: 15
x -= 20n; print(String(x)); // expect: -5
x *= -3n; print(String(x)); // expect: 15
x /= 4n; print(String(x)); // expect: 3
x %= 3n; print(String(x)); // expect: 0
x **= 10n; print(String(x)); // expect: 0
x &= 0xffn; print(String(x)); // expect: 0
x |= 0x100n; print(String(x)); // expect: 256
x ^= 1n; pv", [k + "2"]: "w", ["a" + 1]: 1 };
print(p.key + p.key2 rint(String(x));return n =  i++) args.push(i);
prin// expect: 257
x <<= 2n; print(String(x)); // expect: 1028
x >>= 3n; print(String(x)); // expect: 128
const o = { p: 1n };
o.p += 2n ** 70n;
print(String(o.p)); // expect: 11805916207174113rty() { return true; } });
print(Reflect.03425
let s = 'v';
s += 1n;
print(s); // expect: v1
