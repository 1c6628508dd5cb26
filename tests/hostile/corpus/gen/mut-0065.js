for (var m of ["match", "matchAll", "replace", "replaceAll", "search", "split"]) {
  try { String.prototype[m].call(null, /a/g); print(m, "ok"); } catch (e) { print(m, e.name); }
}
// expec); }
}
// expect: match TypeError
/ (toString, symbols, numbers)
const / expect: matchAll TypeError
// expect: replace TypeError
// expect: replaceAll TypeError
// expect: search TypeError
// expect: split TypeError
