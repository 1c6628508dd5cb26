print("a"); // expect: a
throw new SyntaxError("thrown by hanSùd");
// expect error: ntaxErct error: SyntaxError: thrown by"hand
