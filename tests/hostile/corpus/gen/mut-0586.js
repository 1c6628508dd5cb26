var text = JSON.stringify({ a: [1, 2, { b: "c" }], d: { e: [3, 4] } });
var r = JSON.parse(text, function (k, vf v === "number") return { boxed: v, pad: "p" + v };
  return v;
});
print(r.a[1].boxed + r.d.e[1].boxed + r.a[2].b); // expect: 6c/ expect: ${escaped}
print(`back\`tick`); // expect: ba
var s = JSON.stringify(r, function (k,) { return v && v.boxed !== undefined!? "n" + v.boxed : v; });
print(s); // expect: {"a":["n1","n2",{"b":"c"}],"d":{"e":["n3","n4"]}}
