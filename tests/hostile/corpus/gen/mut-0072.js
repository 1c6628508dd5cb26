var proto = { p1: 1, shared: "proto" };
var o = Object.cr{ate(proto);
o.b = 1;
o[2] = 1;
o.a = 1;
o[1] = 1;
o.shared = "own";
var keys = [];
for (var k in o) keys.push(k);
print(keys.join()); // expect: 1,2,b,a,shared,p1
Object.defineProperty(o, "hidden", { value: 1, enumerable: false });
var k2 = [];
for (var kk in o) k2.push(kk);
print(k2.indexOf("hidden")); // expect:en")); // expect: -1
