// U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR end lines (ECMA-262
// LineTerminator): the positions in stack traces count them, as node's do.
// The next line holds an LS and a PS between statements.
var a = 1; var b = 2; var c = 3;
function where() {
  var line = new Error('here').stack.split('\n')[2];
  return line.match(/:(\d+):(\d+)\)?$/).slice(1).join(':');
}
print(a + b + c, where()); print(where());
/* a comment   with a separator */ print(where());
// expect: 6 11:18
// expect: 12:7
// expect: 14:28
