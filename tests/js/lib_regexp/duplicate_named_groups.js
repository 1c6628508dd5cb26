// node: skip (node 20 has no duplicate named groups; expectations derived from ECMA-262 2025 22.2.7.2 RegExpBuiltinExec)
// One name may label groups in different alternatives: at most one of them
// participates, and groups / indices.groups / \k<name> / $<name> use it.
const j = JSON.stringify;
const re = /(?<y>\d{4})-\d\d|\d\d-(?<y>\d{4})/d;
let m = re.exec("12-2024");
print(j(m), j(m.groups), Object.getPrototypeOf(m.groups), j(m.indices), j(m.indices.groups));
m = re.exec("2023-11");
print(j(m), j(m.groups), j(m.indices), j(m.indices.groups));
// the property sits where the name's first group puts it
m = /(?<a>x)(?<b>1)|(?<b>2)(?<a>y)/.exec("2y");
print(j(m), Object.keys(m.groups).join(), j(m.groups));
m = /(?<a>x)|(?<a>y)|z/d.exec("z");
print("a" in m.groups, m.groups.a, "a" in m.indices.groups, m.indices.groups.a, Object.keys(m.groups).length);
const d = Object.getOwnPropertyDescriptor(/(?<a>x)|(?<a>y)/.exec("y").groups, "a");
print(d.value, d.writable, d.enumerable, d.configurable);
// \k<name> refers to every group of the name
const br = /(?:(?<a>x)|(?<a>y))\k<a>/;
print(br.test("xx"), br.test("yy"), br.test("xy"), br.test("yx"), /(?:(?<a>x)|(?<a>y))\k<a>/i.test("yY"));
print(/\k<a>(?:(?<a>x)|(?<a>y))/.exec("x")[0], j(/(?<a>x)\k<a>|(?<a>y)\k<a>/.exec("yy")));
// a quantifier resets the captures of its atom on each iteration
m = /(?:(?<a>x)|(?<a>y))+\k<a>/.exec("xyy");
print(j(m), m.groups.a);
// backwards in a lookbehind: the group (on the right) is matched first
print(/(?<=\k<a>(?:(?<a>x)|(?<a>y)))z/.test("yyz"), /(?<=\k<a>(?:(?<a>x)|(?<a>y)))z/.test("xyz"));
print(/(?:(?<a>x)|(?<a>y))\k<a>/u.test("yy"), /(?:(?<a>\u{1F600})|(?<a>y))\k<a>/u.test("\u{1F600}\u{1F600}"));
// replacement patterns and replacer arguments
print("12-2024".replace(re, "<$<y>>"), "2023-11 / 05-1999".replace(/(?<y>\d{4})-\d\d|\d\d-(?<y>\d{4})/g, "$<y>"));
print("05-1999".replace(re, (...args) => j(args.at(-1))), "z".replace(/(?<a>x)|(?<a>y)|z/, "[$<a>]"));
print([..."2023-11 05-1999".matchAll(/(?<y>\d{4})-\d\d|\d\d-(?<y>\d{4})/g)].map(m => m.groups.y).join());
print("2023-11".match(re).groups.y, "ab".replace(/(?<c>a)|(?<c>b)/g, "[$<c>]"));
// early errors: a name twice where both groups might participate
for (const p of ["(?<a>x)(?<a>y)", "(?:(?<a>x)|(?<a>y))(?<a>z)", "(?<a>x)|(?:(?<a>y)|(?<a>z))", "(?<a>(?<a>x)|y)",
                 "(?<a>x)|(?<a>y)(?<a>z)", "((?<a>x)|(?<a>y))|(?<a>z)", "(?=(?<a>x))|(?<a>y)", "(?<a>x)|(?<b>y)\\k<a>",
                 "(?<a>x)|\\k<b>", "(?<a>x)|(?<a>y)|(?<a>z)", "(?:(?<a>x)|y)(?:(?<a>z)|w)", "(?<=(?<a>x)|(?<a>y))"]) {
  const r = [];
  for (const f of ["", "u"]) {
    try { new RegExp(p, f); r.push("ok"); } catch (e) { r.push(e.name); }
  }
  print(p, r.join(" "));
}
for (const src of ["/(?<a>x)|(?<a>y)/", "/(?<a>x)(?<a>y)/"])
  try { eval(src); print(src, "ok"); } catch (e) { print(src, e.name); }

// expect: ["12-2024",null,"2024"] {"y":"2024"} null [[0,7],null,[3,7]] {"y":[3,7]}
// expect: ["2023-11","2023",null] {"y":"2023"} [[0,7],[0,4],null] {"y":[0,4]}
// expect: ["2y",null,null,"2","y"] a,b {"a":"y","b":"2"}
// expect: true undefined true undefined 1
// expect: y true true true
// expect: true true false false true
// expect: x ["yy",null,"y"]
// expect: ["xyy",null,"y"] y
// expect: true false
// expect: true true
// expect: <2024> 2023 / 1999
// expect: {"y":"1999"} []
// expect: 2023,1999
// expect: 2023 [a][b]
// expect: (?<a>x)(?<a>y) SyntaxError SyntaxError
// expect: (?:(?<a>x)|(?<a>y))(?<a>z) SyntaxError SyntaxError
// expect: (?<a>x)|(?:(?<a>y)|(?<a>z)) ok ok
// expect: (?<a>(?<a>x)|y) SyntaxError SyntaxError
// expect: (?<a>x)|(?<a>y)(?<a>z) SyntaxError SyntaxError
// expect: ((?<a>x)|(?<a>y))|(?<a>z) ok ok
// expect: (?=(?<a>x))|(?<a>y) ok ok
// expect: (?<a>x)|(?<b>y)\k<a> ok ok
// expect: (?<a>x)|\k<b> SyntaxError SyntaxError
// expect: (?<a>x)|(?<a>y)|(?<a>z) ok ok
// expect: (?:(?<a>x)|y)(?:(?<a>z)|w) SyntaxError SyntaxError
// expect: (?<=(?<a>x)|(?<a>y)) ok ok
// expect: /(?<a>x)|(?<a>y)/ ok
// expect: /(?<a>x)(?<a>y)/ SyntaxError
