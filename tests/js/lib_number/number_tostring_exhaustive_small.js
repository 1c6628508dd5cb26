var bad = [];
for (var i = 1; i < 2000; i++) {
  var x = i / 100;
  if (Number(String(x)) !== x) bad.push(i);
  var y = i * 1.1;
  if (Number(y.toString()) !== y) bad.push(-i);
}
print(bad.length, String(19.99), String(1.1 * 3), String(0.07 * 100));
// expect: 0 19.99 3.3000000000000003 7.000000000000001
