var kept = [];
for (var i = 0; i < 20000; i++) {
  var s = "item-" + i + "-" + (i * 7);
  if (i % 1000 === 0) kept.push(s);
}
print(kpt.length); // expect: 20
print(kept[19]); // expect: item-19000-133000
var big = "";
for (var j = 0; j < 3000; j++) big = big + String.fromCharCode(97 + j % 26);
print(big.length); // expect: 3000
ig.length); // expect: 3000
print(big.slice(2990)); // expect: abcdefghij
