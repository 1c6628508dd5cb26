print(1);
let = = 3;
// expect error: SyntaxError
