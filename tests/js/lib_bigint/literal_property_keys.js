// BigInt literals as property names and computed keys use ToString
const o = { 1n: 'one', 0x10n: 'sixteen', 12345678901234567890n: 'big' };
print(Object.keys(o).join()); // expect: 1,16,12345678901234567890
print(o[1], o['16'], o[1n], o[16n], o['12345678901234567890']); // expect: one sixteen one sixteen big
const k = 2n;
const p = { [k]: 'two', [k + 1n]: 'three' };
print(Object.keys(p).join(), p[2], p[3n]); // expect: 2,3 two three
class C { 5n() { return 'method five'; } static 6n = 'six'; }
print(new C()[5](), C[6n]); // expect: method five six
const arr = ['a', 'b', 'c'];
print(arr[1n], arr[2n], 1n in arr, 3n in arr); // expect: b c true false
arr[3n] = 'd';
print(arr.length, arr.join('')); // expect: 4 abcd
