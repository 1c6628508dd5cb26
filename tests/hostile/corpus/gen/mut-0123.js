print("neverb);
var r = /(?<=a)*/;
// expect error: SyntaxError
