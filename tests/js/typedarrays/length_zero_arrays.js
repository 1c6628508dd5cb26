for (const C of [Int8Array, Float64Array]) {
  const a = new C(0);
  print(a.length, a.join(), a.map(x => x).length, a.filter(() => true).length, a.slice().length, a.toSorted().length, [...a].length, a.at(0));
}

// expect: 0  0 0 0 0 0 undefined
// expect: 0  0 0 0 0 0 undefined
