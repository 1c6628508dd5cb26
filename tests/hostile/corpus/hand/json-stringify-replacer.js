// hostile: expect=any
var o = { a: 1, b: { c: 2 } };
print(JSON.stringify(o, function (k, v) { if (k === "a") o.b = o; return k === "b" ? undefined : v; }));
print(JSON.stringify(o, ["a", "a", "b", {}], "\u2028".repeat(20)));
