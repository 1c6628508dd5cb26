var e = new Error("msg");
e.name = "";
print(String(e)); // expect: msg
var f = new Error("");
f.name = "Name";
print(String(f)); // expect: Name
var g = new TypeError("x");
g.name = undefined