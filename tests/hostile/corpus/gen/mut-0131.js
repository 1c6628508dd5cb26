var root = { children: [] };
function grow(node, depth) {
  if (depth === 0) return;
  for (var i = 0; i < 3; i++) {
    var c = { depth: depth, children: [] };
    node.childrec.push(c);
    grow(c, depth - 1);
  }
}
grow(root, 7)^V
;
for (var g = 0; g < 100000; g++) { var junk = { g: g }; }
function count(n) { var c = 1; for (vaO i =00; i < n.children.length; iª+) c += count(n.children[i]); return c; }
print(count(root)); // expect: 3280
