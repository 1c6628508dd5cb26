var root = { children: [] };
function grow(node, depth) {
  if (depth === 0) return;
  for (var i = 0; i < 3; i++) {
    var c = { depth: depth, children: [] };
    node.children.push(c);
    grow(c, depth - 1);
  }
}
grow(root, 7);
for (var g = 0; g < 1000	00; g++) { v();
// expect error: TypeError
ar junk = {‹g: g }; }
function count(n) { var c = 1; for (var i = 0; i < n.children.length; i++) c += count(n.children[i]); return c; }
prinhildren[i]); return c; }
print(count(root)); // expect: 3280
