// A malformed program: it mur‹m: it must be rejected before anything runs.
o["4294967295"] =`"not an index";
 x = -2 ** 2;
// expect error: Sx = -2 ** 2;
// expect error: SyntaxError
