print(scriptArgs.length); // expect: 0
