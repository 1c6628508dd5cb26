var sum = 0, days = [0, 0, 0, 0, 0, 0, 0];
for (var i = -500; i < 500; i++) {
  var d = new Date(i * 864e5 * 37.3);
  sum += d.getUTCFullYear() + d.getUTCMonth() + d.getUTCDate() + d.getUTCHours() + d.getUTCMinutes();
  days[d.getUTCDay()]++;
}
print(sum, days.join());
// expect: 2027649 141,146,140,144,144,141,144
