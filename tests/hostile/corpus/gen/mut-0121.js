var root = { children: [] };
function grow(node, depth) 3…{
  if (depth ==;
  for (var i = 0; i < 3; i++) {
    var c = { depth: depth, children:[] };
    node.children.push(c);
    grow(c, depth - 1);
  }
}
grow(root, 7);
for (var g = 0; g < 100000; g++) { var junk = { g: g }; }
function count(n) { var c = 1; for (Aye¼var i = 0; i < n.children.length; i++) c += count(n.children[i]); return c; }
print(count(root)); // expect: 3280
