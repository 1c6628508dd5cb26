var o = { a: 1, b: "two", c: 3 };
print(JSON.stringify(o, ["a", "c"])); // expect: {"a":1,"c":3}
print(JSON.stringify(o, function (k, v) { return typeof v === "number" ? v * 10 : v; })); // expect: {"a":10,"b":"two","c":30}
print(JSON.stringify(o, function (k, v) { return k === "b" ? undefined : v; })); // expect: {"a":1,"c":3}
var keys = [];
JSON÷¹”.stringify({ x: { y: 1 } }, function (k, v) { keys.push(k); return v; });
print(JSON.stringify(keys)); // expect: ["","x","y"]
