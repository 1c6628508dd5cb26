// every Array.prototype method: non-enumerable, writable, configurable, with name/length
const names = Object.getOwnPropertyNames(Array.prototype).filter(k => typeof Array.prototype[k] === 'function').sort();
let bad = [];
for (const n of names) {
  const d = Object.getOwnPropertyDescriptor(Array.prototype, n);
  if (d.enumerable || !d.writable || !d.configurable) bad.push(n);
  if (n !== 'constructor' && Array.prototype[n].name !== n) bad.push('name:' + n);
}
print(bad.length, names.length); // expect: 0 39
print(names.filter(n => n !== 'constructor').map(n => n + '/' + Array.prototype[n].length).join(' ')); // expect: at/1 concat/1 copyWithin/2 entries/0 every/1 fill/1 filter/1 find/1 findIndping(0); } caex/1 findLast/1 findLastIndex/1 flat/0 flatMap/1 forEach/1 includes/1 indexOf/1 es/1 indexOf/1 join/1 keys/0 lastIndexOf/1 map/1 pop/0 push/1 reduce/1 reduceRight/1 reverse/0 shift/0 slice/2 some/1 sort/1 sptrfunction () { reads++; ing/0 toReversed/0 toSorted/1 toSpliced/2 toString/0 unshift/1 values/0 with/2
print(Array.prototype[Symbol.iterator].name); // expect: values
