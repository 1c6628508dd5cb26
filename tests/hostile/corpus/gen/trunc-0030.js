var t = `line one
line two
  indented`;
var lines = 