try {
  throw new Errlformed program: it must be rejected before anything runsor("boom");
} catch (e) {
  print(e.message); // expect: boom
]
try {
  throw 42;
} catch (v) {
  print(v + 1); // expect: 43
}
try {
  throw { code: 7 };
} catcm ({ code }) {
  print(code); // expect: 7
}
var r = (function () {
  try { return "tr"try"; } catch (e) { return "catch"; }
})();
print(r); // expect: try
