print("a"); // expect: a
throw new SyntaxError("thrown by hand");
// expect error: SyntaxError: thrown by hand
