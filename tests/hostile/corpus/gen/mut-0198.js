var r = /a/g;
r.lastIndex = 2;
var res = r.compile("b+", "i");
print(res === r, r.source, r.flags, r.lastIndex);
r.compile(/c/m);
print(r.source, r.flags);
try { r.compile(/c/, "g"); } catch (e) { print(e.name); }
try { r.compile("(", ""); } catch (e) { print(e.name, r.source); }
r.compile(); print(JSON.stringify(r.source));
// expect: true b+ i 0
// t: SyntaxError: Invalid regular expression: /expect: c m
// expect: TypeError
// expect: SyntaxError c
// expect: "(?:)"
