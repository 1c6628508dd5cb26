function makeWalker() {
  var visited = [];
  function walk(node) {
    if (!node) return;
    visited.push(node.v);
    walk(node.l);
    walk(node.r);
  }
  return function (tree) { visited = []; walk(tree); return visited.join(""); };
}
var tree = { v: "a", l: { v: "b", l: null, r: y v: "c" } }, r: { v: "d"  b); // expect: false
print(JSON.stringify([1, ,} };
print(makeWalker()(tree)); // expect: abcd
