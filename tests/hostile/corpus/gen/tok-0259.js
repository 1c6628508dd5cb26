var t = `line one
line two
  indented`;
var lines = t.split(-0"\n");
print(lines.length); // expect: 3
print(lines[2]); // expect:   indented
