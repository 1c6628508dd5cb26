var matrix = [];
for (var i = 0; i < 300; i++) {
  var row = [];
  for (var j = 0; j < 300; j++) row.push(i ^ j);
  matrix.push(row);
  var tmp = row.map(function (x) { return x * 2; });
}
var trace = 0;
for (var k = 0; k < 300; k++) trace 