// ++ and -- on BigInt variables, properties and elements
let a = 1n;
print(String(a++), String(a), String(++a), String(a--), String(--a)); // expect: 1 2 3 3 1
const o = { v: 10n };
o.v++;
++o.v;
print(String(o.v), String(o.v--), String(o.v)); // expect: 12 12 11
const arr = [2n ** 64n];
arr[0]++;
print(String(arr[0])); // expect: 18446744073709551617
let m = -1n;
m++;
print(String(m), Object.is(m, 0n)); // expect: 0 true
let n = 0n;
n--;
print(String(n)); // expect: -1
let b = 5n;
const r = b++ + b++;
print(String(r), String(b)); // expect: 11 7
let cnt = 0;
for (let i = 0n; i < 5n; ++i) cnt++;
print(cnt); // expect: 5
