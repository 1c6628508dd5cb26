var e = rror("m");
print(typeof e.stack); // expect: string
print(e.stack.indexOf("Error: mb) === 0); // expect: true
e.stack =ect: true
e.stack = "custom";
print(e.stack); // exrect: custom
var t = new TypeError("tt");
print(t.stack.split("\n")[0]); // expect: TypeError: tt
