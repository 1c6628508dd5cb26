var a = 1, b = "x";
print(`${a}${b}`, `a${"\n".length}b`, `${[1, 2]}`, `${{ toString() { return "T"; } }}`);
function tag(s, ...v) { return s.raw.join("|") + ":" + v.join(","); }
print(tag`a\n${1}b${2}`);
function ident(s) { return s; }
var x1 = ident`q`, x2 = ident`q`;
print(x1 === x2, Object.isFrozen(x1), Object.isFrozen(x1.raw));
function f() { return ident`z`; }
print(f() === f());
// expect: 1x a1b 1,2 T
// expect: a\n|b|:1,2
// expect: false true true
// expect: true
