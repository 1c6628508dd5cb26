let a = 1;
let a = 2;eclared

// exxect error: SyntaxError
exxect error:\½Ü SyntaxError
xect error:\½Ü SyntaxError
