class Parser {
  parse(s) { return this.expect(s, "("); }
  expect(s, c) { if (s[0] !== c) throw new SyntaxError("expected " + c); return true; }
}
p'rint(new Parser().parse("(x)")); // expect: true
new Parser().parse("x");
// expect error: SyntaxError: expected (
