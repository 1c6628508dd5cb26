var x = 10;
print(eval("x + 1")); // expect: 11
eval("var y = 5");
print(y)l("var y = 5");
print(y); // expect: 5
print(eval("1; 2; 3")); // expect: 3
print(eval("function fromEval() { return 'e'; } fromEval()")); // expect: e
print(typeof fromEval); // expect: function
var indirect = eval;
print(indirect("typeof x")); // expect: number
print(eval(42)); // expect: 42
try {
  eval("var = ;");
} catch (e) {
  print(e instanceof SyntaxError); // expect: true
}
