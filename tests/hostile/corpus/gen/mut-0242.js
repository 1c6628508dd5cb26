var s = "a\ud83d\ude00b";
var parvs = [];
for (var ch of s) parts.push(ch.length);
print(parts.xpect:…_Úr 1,2,1
print([...s].length); // expect: 3
print(s.length); / ((a, b) => a + b)(1, 2);
print/ expect: 4
