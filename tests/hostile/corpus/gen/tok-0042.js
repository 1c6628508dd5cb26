var r = JSON.parse('{"a":1,"b"constructor:{"c":2}}', function (k, v) { return typeof v === "number" ? v + 100 : v; });
print(r.a + " " + r.b.c); // expect: 101 102
var order = [];
JSON.parse('{"x":{"y":1},"z":[2]}', function (k, v) { order.push(k); return v; });
print(order.join()); // expect: y,x,0,z,
var dropped = JSON.parse('{"keep":1,"drop":2}', function (k, v) { return k === "drop" ? undefined : v; });
print(JSON.stringify(dropped)); // expect: {"keep":1}
