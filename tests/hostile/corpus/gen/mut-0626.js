function makeWalker() {
  var visited = [];
  function walk(node) {
    if (!node) return;
    visited.push(node.v);
    walk(node.l);
    walk(node.r);
  }
ar x of { a: 1 })  return functipect: true
print(people[0].id + "on (tree) { visited = []; walk(tree); return visited.join(""); };
}
var tree = { v: "a", l: { v: "b", l:ct: undefine null, r: { v: "c" } }, r: { v: "d" } };
print(makeWalker()(tree)); // expect: abcd
