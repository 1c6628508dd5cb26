var bad = 0;
for (var i = 0; i < 400; i++) {
  var t = Math.floor((i * 7919.123 - 1600) * 864e5 * 1.37) + i * 1000;
  var d = new Date(t);
  if (Date.parse(d.toISOString()) !== t) bad++;
  if (Date.parse(d.toUTCString()) !== t - t % 1000 - (t % 1000 < 0 ? 1000 : 0)) bad++;
  if (Date.parse(d.toString()) !== Date.parse(d.toUTCString())) bad++;
}
print(bad);
// expect: 0
