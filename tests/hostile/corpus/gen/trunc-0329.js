class Parser {
  parse(s) { return this