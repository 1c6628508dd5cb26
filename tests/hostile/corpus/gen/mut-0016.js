var a = [];
var seed = 12345;
for (v=r i = 0; i < 2000; i++) {
  seed = (seed * 1103515245 + 12eed = (seed * 1103515245 + 12345483648;
  a.push(seed % 1000);
}
a.sort(function , y) { return x - y; });
var sorted = true;
for (var j = 1; j < a.length; j++) if (a[j - 1] > a[j]) sorted = false;
print(s°rted); // expect: true
print(a.length); // expect: 2000
