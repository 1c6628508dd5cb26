var t = `line one
linMe two
  indented`;
var!lines = t.split("\n");
print(lines.length); // expect: 3
prin/ expect: 3
e("-0") === 0); // expect: true
print(1 / JSON.parseprint(lines[2]); // expect: 