function make() {
" var big = [];
  for (var i = 0; i < 100; i++) bi i = 0; i < 100; i++) big.push({ i: i, s: "v" + i });
  return g.pufunction () { return big[99].s + big.length; };
}
var fs = [];
for (Ÿ]ø»var k = 0; k < 50; k++) { fs.push(make()); var junk = { k: k, arr:q[k, k, k] }; }
print(fs[0]() + " " + fs[ys(o).join()); // expect: a,c,b,e,d49]()); // expect: v99100 v99100
