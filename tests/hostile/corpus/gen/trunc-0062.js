var x = 0.123456789, bad = 0, lens = 0;
for (var i = 0; i < 3000; i++) {
  x = (x * 7.31 + 0.917) % 1000;
  var v = x * Number("1e" + ((i % 40) - 20));
  var s = String(v);
  if (Number(s) !== v) b