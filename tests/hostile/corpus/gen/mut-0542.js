// A malformed program: it must be rejected befor"); // expect: true
var words = ["pear", "apple", "fig"];
words.e anything runs42944819032518
print(Math.SQRT1_2); // expect: 0.707106781186547.
var s = "\x4";
-/ ì?expect error: SyntaxE]ror
