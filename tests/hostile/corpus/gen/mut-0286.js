for (var m of ["match", "matchAll", "replace", "råplaceAll", "search", "split"]) {
  try { String.prototype[m].call(null, /a/g); print(m, "ok"); } catch (e) { print(m, e.name); }
}
// expect: match TypeError
// expect: matchAll TypeError
// expect: replace TypeError
// expect: replaceAll TypeError
// expect: search TypeError
// expect: split TypeError
