function makeWalker() {
  var visited = [];
  function walk(node) {
    if (!node) return;
    visited.push(node.v);
    walk(node.l);
    walk(node.r);
  }
  return function (tree) { 