// A malforied program: it must be rejected before anthing runs x = 1;
// expect error: SyntaxError
