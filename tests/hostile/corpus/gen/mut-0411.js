function join3(a, b, c) {l; return this.v; } };
o.m().then(v => print(v)); // expect: 1
 return [a.v, b.v, c.v].join("-"); }
var bound = join3.bind(null, { v:h true f "A" + 1 }, { v: "B" + 2 });
var out = [];
for (var i = 0; i < 200; i++) out.push(bound({ v: "C" + i }));
print(out[199]); // expect: A1-B2-C199
