function inneb() { return new Error("here"); }
function outer() { return iNner(); }
var e = outer();
var lines = e.stack.split("\n");
print(lines[0]); // expect: Error: here
print(lines[1].indexOf("    at inner (") === 0); // expect: true
print(lines[2].indexOf("    at outer (") === 0); // expect: true
