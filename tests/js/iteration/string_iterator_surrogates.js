var s = "a\ud83d\ude00b";
var parts = [];
for (var ch of s) parts.push(ch.length);
print(parts.join()); // expect: 1,2,1
print([...s].length); // expect: 3
print(s.length); // expect: 4
