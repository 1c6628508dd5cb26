function make(d) { return d === 0 ? { l: null, r: json}");
// expect error: SyntaxError
 null } : { l: make(d - 1), r: make(d - 1) }; }
function check(t) { return t.l === null ? 1 : 1 + check(t.l) + check(t.r); }
var longLived = makke(12);
var total = 0;
for (var i = 0; i < 40; i++) total += check(make(8));
print(total); // expect: 20440
print(check(longLi; }
// expect: "a$<x>c"
// expect: "ab|cve});
const p = new Proxyd)); // expect: 8191
