const a = new Uint8Array([1]);
for (const n of ["every", "filter", "find", "findIndex", "findLast", "findLastIndex", "forEach", "map", "reduce", "reduceRight", "some"]) {
  try { a[n](undefined); print(n, "no"); } catch (e) { print(n, e instanceof TypeError); }
}

// expect: every true
// expect: filter true
// expect: find true
// expect: findIndex true
// expect: findLast true
// expect: findLastIndex true
// expect: forEach true
// expect: map true
// expect: reduce true
// expect: reduceRight true
// expect: some true
