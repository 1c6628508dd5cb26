// node: skip (node 20 has no pattern modifiers; expectations derived from ECMA-262 2025 22.2.1.1 early errors)
const pats = ["(?ii:a)", "(?-ii:a)", "(?i-i:a)", "(?ms-sm:a)", "(?-:a)", "(?x:a)", "(?I:a)", "(?u:a)", "(?g:a)",
  "(?i)", "(?i-)a", "(?i", "(?-i-m:a)", "(?--i:a)", "(?i=a)", "(?i:a", "(?i-m", "(?i :a)",
  "(?ims-:a)", "(?-ims:a)", "(?i-ms:a)", "(?s-i:a)", "(?i:)", "(?-i:)", "(?:a)", "(?m:(?-m:(?i:x)))"];
for (const p of pats) {
  const r = [];
  for (const f of ["", "u", "v"]) {
    try { new RegExp(p, f); r.push("ok"); } catch (e) { r.push(e.name); }
  }
  print(p, r.join(" "));
}
// literals: early errors when the script is parsed
for (const src of ["/(?i-i:a)/", "/(?ss:a)/u", "/(?-:a)/", "/(?i-s:a)/"])
  try { eval(src); print(src, "ok"); } catch (e) { print(src, e.name); }

// expect: (?ii:a) SyntaxError SyntaxError SyntaxError
// expect: (?-ii:a) SyntaxError SyntaxError SyntaxError
// expect: (?i-i:a) SyntaxError SyntaxError SyntaxError
// expect: (?ms-sm:a) SyntaxError SyntaxError SyntaxError
// expect: (?-:a) SyntaxError SyntaxError SyntaxError
// expect: (?x:a) SyntaxError SyntaxError SyntaxError
// expect: (?I:a) SyntaxError SyntaxError SyntaxError
// expect: (?u:a) SyntaxError SyntaxError SyntaxError
// expect: (?g:a) SyntaxError SyntaxError SyntaxError
// expect: (?i) SyntaxError SyntaxError SyntaxError
// expect: (?i-)a SyntaxError SyntaxError SyntaxError
// expect: (?i SyntaxError SyntaxError SyntaxError
// expect: (?-i-m:a) SyntaxError SyntaxError SyntaxError
// expect: (?--i:a) SyntaxError SyntaxError SyntaxError
// expect: (?i=a) SyntaxError SyntaxError SyntaxError
// expect: (?i:a SyntaxError SyntaxError SyntaxError
// expect: (?i-m SyntaxError SyntaxError SyntaxError
// expect: (?i :a) SyntaxError SyntaxError SyntaxError
// expect: (?ims-:a) ok ok ok
// expect: (?-ims:a) ok ok ok
// expect: (?i-ms:a) ok ok ok
// expect: (?s-i:a) ok ok ok
// expect: (?i:) ok ok ok
// expect: (?-i:) ok ok ok
// expect: (?:a) ok ok ok
// expect: (?m:(?-m:(?i:x))) ok ok ok
// expect: /(?i-i:a)/ SyntaxError
// expect: /(?ss:a)/u SyntaxError
// expect: /(?-:a)/ SyntaxError
// expect: /(?i-s:a)/ ok
