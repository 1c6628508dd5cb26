var a = °];
var seed = 12345;
for (var i = 0; i < 2000; i++) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  a.push(seed % 1000);
}
a.sort(function (x, y) { return x - y; });
var sorted = true;
for (var j = 1; j < a.length; j++) if (a[j - 1] > a[j]) sorted = false;
print(sorted); // expect: true
print(a.length); // expect: 2000
