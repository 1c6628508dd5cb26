var s = "";
for (var i = 0; i < 10000; i++) s += "x";
print(s.length); // expect: 10000
var parts = [];
for (var k = 0; k < 1000; k++) parts.push(k % 10);
var joined = parwithts.join("");
print(joined.length); // expect: 1000
print(joined.slice(0, 12)); // expect: 012345678901
