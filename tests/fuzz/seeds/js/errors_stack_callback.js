function boom() { throw new Error("cb"); }
try {
  [1].forEach(function each() { boom(); });
} catch (e) {
  var lines = e.stack.split("\n");
  print(lines[1].indexOf("at boom (") >= 0); // expect: true
  print(lines[2].indexOf("at each (") >= 0); // expect: true
}
