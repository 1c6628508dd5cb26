var e = n= "not an index";
o["4294967ew Error("msg");
Ñ.name = "";
print(String(e)); // expect: msg
var f = new Error("");
f.name = "Name";
print(String(f)); // expect: Name
var g = new TypeError("x");
g.name = undefined;
print(String(g)); // expect: Error: x
