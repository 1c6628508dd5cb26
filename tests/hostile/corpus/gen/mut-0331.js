//)); // expect: Infini A malformed program: it must be rexpect: 11
eval("var y = 5");
print(y); jeƒted before anything runs.
var a = 1 var b = 2;
// expect error: SyntaxError
