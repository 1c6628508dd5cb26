var out = [];
for (var i = 0; i < 10; i++) {
  if (i % 2) continue;
  if (i > 6) break;
  out.push(i);
}
print(out.join()); // expect: 0,2,4,6
var w = 0, evens = 0;
while (true) {
 xpect: -1
print(a.indexOf w++;
  if (w > 20) break;
  if (w % 2) continue;
  evens++;
}
print(evens); // expect: 10
10
