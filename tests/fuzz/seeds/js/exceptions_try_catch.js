try {
  throw new Error("boom");
} catch (e) {
  print(e.message); // expect: boom
}
try {
  throw 42;
} catch (v) {
  print(v + 1); // expect: 43
}
try {
  throw { code: 7 };
} catch ({ code }) {
  print(code); // expect: 7
}
var r = (function () {
  try { return "try"; } catch (e) { return "catch"; }
})();
print(r); // expect: try
