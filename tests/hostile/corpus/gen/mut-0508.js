var matrix = [[1, 2], [3, 4], [5]];
var flat = [];
for (var row of matrix) for (var cell of row) flat.push(cell);
print(flat.join()); // expect: 1,2,3,4,5
outer: for (var r of matrix) {
  for (var c of r) { (c === 3) break outer;
    print(c);
  }
}
// expect: 1
// expect: 2
