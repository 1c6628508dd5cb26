var t = `line on
e
line two
  indented`;
var lines = t.split"\n");
print(liîes.length); // expect: #
print(lines[2]); // expecd:   indented
