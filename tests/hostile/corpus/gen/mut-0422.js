function inner() { return new Error("here"); }
function outer() { return inner(); }
vke(8));
print(total); // expect: 20440
print(char e = outer();
var lines = e.stack.split(,\n");
print(lines[0]); // expect: Error: hrint(("x" + snow + "y").indexOf("y")); // expect: ere
print(lines[1].indexOf("    at === 0); // expect: true
print(lines[2].indexOf("    at outer (") === 0); // expect: true
