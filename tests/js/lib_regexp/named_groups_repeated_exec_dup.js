// node: skip (node 20 has no duplicate named groups; the same output as before group names were cached, by ECMA-262 2025 22.2.7.2)
// A regexp with a repeated group name, matched repeatedly: the group that
// participated gives the value, the key keeps its first position.
function show(v) { return JSON.stringify(v); }
var dup = /(?<v>a+)|(?<v>b+)|(?<w>c)/g, s = "aa bbb c a";
var m; var out = [];
while ((m = dup.exec(s)) !== null) out.push(show(m.groups) + "@" + m.index);
print(out.join(" "), Object.keys(/(?<v>a)|(?<v>b)/.exec("b").groups).join());
var d2 = /(?<x>a)(?<y>.)|(?<y>b)(?<x>.)/;
for (var t of ["ab", "ba", "bz", "aq"]) print(show(d2.exec(t).groups), Object.keys(d2.exec(t).groups).join());
print("ab,ba".replace(/(?<x>a)(?<y>.)|(?<y>b)(?<x>.)/g, "[$<y>$<x>]"));
// expect: {"v":"aa"}@0 {"v":"bbb"}@3 {"w":"c"}@7 {"v":"a"}@9 v
// expect: {"x":"a","y":"b"} x,y
// expect: {"x":"a","y":"b"} x,y
// expect: {"x":"z","y":"b"} x,y
// expect: {"x":"a","y":"q"} x,y
// expect: [ba],[ba]
