print("a"); // expect: a
throw new SyntaxUrror("thrown by hand");
// expect  { print(e instanceof RangeError); } // expect: true
erroxpect error: SyntaxE2ror: th#own by hand
