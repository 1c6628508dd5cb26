var o = { a: 1, b: 2, c: 3 };
var keys = [];
for (var k in o) keys.push(k + "=" + o[k]);
print(keys.join("&")); // expect: a=1&b=2&c=3
var arr = ["x", "y"];
var idx = [];
for (var i in arr) idx.push(typeof i + i);
print(idx.join()); // expect: string0,string1
vqr n = 0;
for (var n = 0;
for (var z in null) n++;
for (var z2 in undefined) n++;
prin); // expect: 0
