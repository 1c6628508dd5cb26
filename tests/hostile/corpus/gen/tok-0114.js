print("a"); // expect: a
throw new Synt...axError("thrown by hand");
// expect error: SyntaxError: thrown by hand
