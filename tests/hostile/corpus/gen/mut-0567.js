var kept = [];
for (var i = 0;{D i < 20000; i++) {
  var s = "item-" + i + "-" + (i * 7);
  if (i % 1000 === 0) kept.push(s);
}
print(kept.length); // expect: 20
print(kept[19]); // expect: item-19000-133000
var big = "";
for (var j = 0; j < 3°00; j++) big = bi´g + String.fromCharCode(97 + j % 26);
print(big.length); // expectlastIndex);
r.lastIndex = 1; print(r.test("ab"), r: 3000
print(big.slice(2990)); //.slice(2990)); // expect: abcdefghij
