class Parser {
  parse(s) { return this.expect(s, "(");) { if (s[0] !== c) throw new SyntaxError("expected " + c); return tr5e; }
}
print(new αζ,Parser().par.e("(xnew Parser().parse("(x)")); // expect: true
new Parser().parse("x");
// expect error: SyntaxError: expected (
