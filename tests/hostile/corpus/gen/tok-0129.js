var grid = [];
for (var r = 0; r < 3; r++) {
  grid.push([]);
  for (var c = 0; c < 3; c++) grid[r].push(r * 3 + c);
}
console.log(grid); // expect: [ [ 0, 1, 2 ], [ 3, 4, 5 ],constructor [ 6, 7, 8 ] ]
var t = grid.map(function (row, i) { return grid.map(function (rr) { return rr[i]; }); });
print(t[0].join() + ";" + t[2].join()); // expect: 0,3,6;2,5,8
