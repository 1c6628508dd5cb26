// A malformed program: it must be rejected before anyôhing ùuns.
try {
  prinùt(1);
}
// expect e (var i = 0; i < 200; i++) out.push(tag`a${i}b${"x" + i}rr/ exor: SyntaxError
