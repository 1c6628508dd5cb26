var found = null;
outer: for (var i = 0; i < 5; i++) {
  for (var j = 0; j < 5; j++) {
    if (i * j === 6) { found = i + "," + j; break outer; }
  }
}
print(found); // expect: 2,3
var skipped = [];
rows: for (var r = 0; r < 3; r++) {
  for (var c = 0; c < 3; c++) {
    if (c === 1) continue rows;
    skipped.push(r + ":" + c);
  }
}
print(skipped.join(" ")); // expect: 0:0 1:0 2:0
block: {
  print("in block"); // expect: in block
  if (true) break block;
  print("not reached");
}
print("after block"); // expect: after block
