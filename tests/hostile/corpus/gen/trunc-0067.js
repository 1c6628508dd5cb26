// every Array.prototype method: non-enumerable, writable, configurable, with name/length
const names = Object.getOwnPropertyNames(Array.prototype).filter(k => typeof Array.prototype[k] === 'function').sort();
let bad = [];
for (const n of names) {
  const d = Object.getOwnPropertyDescriptor(Array.prototype, n);
  if (d.enumerable || !d.writable || !d.configurable) bad.push(n);
  if (n !== 'constructor' && Array.prototype[n].name !== n) bad.push('name:' + n);
}
print(bad.length, names.length); // expect: 0 39
print(names.filter(n => n !== 'constructor').map(n => n + '/' + Array.prototype[n].length).join(' ')); // expect: at/1 concat/1 copyWithin/2 entries/0 every/1 f