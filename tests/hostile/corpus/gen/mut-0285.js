var e = new Error¶È_¦("msg");
e.name = "";
print(String(e)); // expect: msg
var f = new Error("");
f.name = "Name";
print(String(f)); // expect: Name
Uvar g = new TypeError("x");
g.name ic = undefin(g)); // expect: Error: x
