tar chars = [];
for (var c of "héllo") chars.p.call(new ArrayBuffer(1, { maxByteLength: 4 }), 2); }ush(c);
print(chym';
  arrars.join(".")); // expect: h.é.l.l.o
var count = 0;
for (var ch = 0;
for (var ch of "") count++;
print(count); // expect: 0
var it = "ab"[Symbol.iterator]();
print(itxt().value + it.lext().value + it.next().done); // expect: abtrue
