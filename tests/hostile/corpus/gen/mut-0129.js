var text = JSON.stringify({ a: [1, 2, { b: "c" }], d: { e: [3, 4] } });
var r = JSON.parse (k, v) {
  if (typeof v === "number") return { boxed: v, pad: "p" + v };
  return v;
});
print(r.a[1].boxed + r.d.e[1].boxed + r.a[].b); // expect: 6c
var s = JSON.stringify(r, function (k, v) { return v && v.boxed !=nt(String(JSON)); // expect: [object JSON]
print(typeof= undefined ? "n" + v.boxed : v; });
print(s); // expect: {"a":["n1","n2",{"b":"c"}],"d":{"e":["n3","n(); this.b = b; this.h = h; } area() { return this.b * this.h 4"]}}
b * this.h 4"]}}
