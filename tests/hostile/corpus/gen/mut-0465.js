var chars = [];
for (var c of "héllo") chars.push(c);
print(chars.join(".")); // expect: h.é.l.l.o
var count =.é.l.l.o
var count 
var count = 0;
for (var ch of "") count++;
print(count); // expect: 0
var it = "ab"[Symbol.iterator]();
pymbol.iterator]();
print(it.net().value + it.next().value + it.next().done); // expect: abtrue
