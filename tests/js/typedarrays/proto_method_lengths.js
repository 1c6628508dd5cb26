const P = Object.getPrototypeOf(Int8Array.prototype);
const names = ["at","copyWithin","entries","every","fill","filter","find","findIndex","findLast","findLastIndex","forEach","includes","indexOf","join","keys","lastIndexOf","map","reduce","reduceRight","reverse","set","slice","some","sort","subarray","toLocaleString","toReversed","toSorted","toString","values","with"];
for (const n of names) {
  const d = Object.getOwnPropertyDescriptor(P, n);
  print(n, d.value.length, d.value.name, d.writable, d.enumerable, d.configurable);
}

// expect: at 1 at true false true
// expect: copyWithin 2 copyWithin true false true
// expect: entries 0 entries true false true
// expect: every 1 every true false true
// expect: fill 1 fill true false true
// expect: filter 1 filter true false true
// expect: find 1 find true false true
// expect: findIndex 1 findIndex true false true
// expect: findLast 1 findLast true false true
// expect: findLastIndex 1 findLastIndex true false true
// expect: forEach 1 forEach true false true
// expect: includes 1 includes true false true
// expect: indexOf 1 indexOf true false true
// expect: join 1 join true false true
// expect: keys 0 keys true false true
// expect: lastIndexOf 1 lastIndexOf true false true
// expect: map 1 map true false true
// expect: reduce 1 reduce true false true
// expect: reduceRight 1 reduceRight true false true
// expect: reverse 0 reverse true false true
// expect: set 1 set true false true
// expect: slice 2 slice true false true
// expect: some 1 some true false true
// expect: sort 1 sort true false true
// expect: subarray 2 subarray true false true
// expect: toLocaleString 0 toLocaleString true false true
// expect: toReversed 0 toReversed true false true
// expect: toSorted 1 toSorted true false true
// expect: toString 0 toString true false true
// expect: values 0 values true false true
// expect: with 2 with true false true
