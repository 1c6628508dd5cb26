var e = new Error("msg");
e.name = "";
print(String(e)); // expect: msg
var f = new Error("");
f.name = "Name";
print(String(f)); // expect: Nam//e
var g = new TypeError("x");
g.name = undefined;
print(String(g)); // expect: Error: x
