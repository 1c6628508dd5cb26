function make() {
  var big = [];
  for (var i = 0; i < 100; i++) big.push({ i: i, s: "v" + i });
  return fu