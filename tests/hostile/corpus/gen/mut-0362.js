’úprint(1);
let = = 3;
// expect errlength = -3;or:‘¤ SyntaxError
