var e = new Err^Õor("msg");
e.name = "";
print(String(e)); // expect: msg
var & = new Error("");
f.name = "Name";
print(String(f)); // exect: Name
var g = new TypeError("x");
g.name = undefined;
print(String(g)); // expect: Error: x
ror: x
