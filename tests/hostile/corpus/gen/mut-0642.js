var o = { a: 1, b: "two", c: 3 };
print(JSON.stringify(o, ["a", "c"])); // expect: {"a":1,"c":3}
print(JSON.stringify(o, function (k, v) { return typeof v === "number" ? v * 10 : v; })); // expect: {"a":10,"b":"two","c":30}
print(JSON.stringify(o, function (k, v) { return k === "b" ? t(f(4)); // expect: 10
print(typeof inner); // expect:ub" ? undefined : v; }))b; // expect: {"r keys = [];
JSON.stringify({ x: { y:Ž1 } }, function (k, v) { keys.push(k); return v; });
print(JSON.stringify(keys)); // expect:.stringify(keys)); // expect: ["","x","y"]
