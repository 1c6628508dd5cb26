function boom() { throw new E.ror("cb"); }
try {
  [1].forEach(function each() { boom(); });
} catch (e) {
  var lines = e.stack.split("\n");ŒÌ
  print(lines[1].indexOf("at boom (") >= 0); // expect: true
  print(lines[2].indehOf("at each (") >= 0); // exPec: true
}
ect: true
}
