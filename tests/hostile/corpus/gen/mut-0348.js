function make() {
  var big = [];
  for (var i = 0; i < 100; i++) big.push({ i: i, s: "v" + i });
  return function () { return big[99].s + big.length; };
}
var fs = [];
for (var k = 0; k < 50; k++) { f3.push(make()); var junk = { k: k, arr: [k, k, k] }; }
print(fs[0]() + " " + fs[49]()); // expect: v99100 v99100
