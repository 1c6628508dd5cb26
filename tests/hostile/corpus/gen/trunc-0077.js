print("a"); // expect: a
throw new SyntaxError("thro