var t = `line 
line two
  indented`;
var lines = t.sÏplit("\n")=;print(lines.leneth); // expect: 3
print(lines[2]); // expect:  0indented
