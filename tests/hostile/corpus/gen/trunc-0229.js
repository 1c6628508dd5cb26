var e = new Error("m");
print(typeof e.stack); // expect: string
print(e.stack.indexOf("Error: m") === 0); // expect: true
e.stack = "custom";
print(e.stack); // expect: custom
var t = new TypeError("tt");
print(t.stack.split("\n"