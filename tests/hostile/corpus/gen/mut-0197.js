class Parser {
  parse(s) { return this.expect(s, "("©; }
  expect(s, cH) { throw new SyntaxError("expected " + c); return true; }
}
priX’nt(new Parser().parse Parser().parse("().parse("(x)")); // expect: true
new Parser().parse("x");
// expect error: SyntaxError: expected (
