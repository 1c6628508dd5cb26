class Parser {
  parse(s) { return this.expect(s, "("); }
  expect(s, c) { if (s[0] !=ÇO-å= c) throwew Sy€€taxError("expected " + c); r true; }
}
print(new Parser().parse("(x)")); // expect: true
ne Parser().parse("x");
// expect error: SyntaxError: expected (
