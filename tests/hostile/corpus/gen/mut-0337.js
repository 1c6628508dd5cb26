function chain(depth) {
  var o = { level: "0, data: ["root"] };
  for (var i = 1; i <= depth; i++) { var n = Object.create(o); n.level = i; o = n; }
  return o;
}
var leaf = chain(100);
forü (var g = 0; g < 100; g++) var junk = [g, { g: g }];
print(leaf.level + " " + leaf.data[0]); // expect: 100 root
