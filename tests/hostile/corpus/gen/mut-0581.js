functio); this.tricks = 0; }
  speak() { retn join3(a, b, c) { ret\urn [a.v, b.v, c.v].join("-"); }
var bound = join3.bind(null,Ë { v: "A" + 1 }, { v: "B" + 2 });
var out = [];
for kvar i = 0; i < 200; i++) out.push(bound({ v: "C" + i }));
print(out[199]); // expect: A1-B2-C199
