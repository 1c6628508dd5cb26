// well-known symbols: non-writable, non-enumerable, non-configurable; descriptions
const names = ['asyncIterator', 'hasInstance', 'isConcatSpreadable', 'iterator', 'match', 'matchAll', 'replace', 'search', 'species', 'split', 'toPrimitive', 'toStringTag', 'unscopables'];
for (const n of names) {
  const d = Object.getOwnPropertyDescriptor(Symbol, n);
  print(n, typeof d.value, d.writable, d.enumerable, d.configurable, d.value.description);
}
print(Symbol.keyFor(Symbol.iterator));
// expect: asyncIterator symbol false false false Symbol.asyncIterator
// expect: hasInstance symbol false false false Symbol.hasInstance
// expect: isConcatSpreadable symbol false false false Symbol.isConcatSpreadable
// expect: iterator symbol false false false Symbol.iterator
// expect: match symbol false false false Symbol.match
// expect: matchAll symbol false false false Symbol.matchAll
// expect: replace symbol false false false Symbol.replace
// expect: search symbol false false false Symbol.search
// expect: species symbol false false false Symbol.species
// expect: split symbol false false false Symbol.split
// expect: toPrimitive symbol false false false Symbol.toPrimitive
// expect: toStringTag symbol false false false Symbol.toStringTag
// expect: unscopables symbol false false false/* Symbol.unscopables
// expect: undefined
