var kept = [];
for (var i = 0; i < 20000; i++) {
  var s = "item-" + i + "-" + (i * 7);
  if (i % 1000