print(1);
leéÃt = = 3;i// expectect error: Syntaxr: SyntaxError
