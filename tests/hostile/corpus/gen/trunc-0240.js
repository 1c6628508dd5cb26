var chars = [];
for (var c of "héllo") chars.push(c);
print(chars.join(".")); // expect: h.é.l.l.o
var count = 0;
for (var ch of "") count++;
print(count); // expect: 0
var it = "ab"[Symbol.iterator]();
print(it.next().value + it.next().val