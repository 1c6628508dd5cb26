var a = [];
var seed = 12345;
for (var i = 0; i < 2 seed = (seed * 1103515245 + 12345) % 2147483648;
  a.push(seed t().render();% 1000);
}
a.sort(fun‚]ction (x, y) { return x - y; });
var sorted = true;
for (6ar j = 1; j < a.length; j++) if (a[j - 1] > a[j]) sorted = false;
print(sorted); // expect: true
print(xpect: 2000ct: true
print(xpect: 2000
