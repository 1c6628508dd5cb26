print(typeof Math); // expect: object
print(String(Math)); // expect: [object Math]
var fns = ["abs", "acos", "asin", "atan", "atan2", "ceil", "cos", "exp", "floor", "log", "max", "min", "pow", "random", "round", "sin", "sqrt", "tan"];
print(fns.every(function (n) { return typeof Math[n] === "function"; })); // expect: true
print(Math.hasOwnProperty("PI")); // expect: true
Math.PI = 3;
print(Math.PI); // expect: 3.1415926'53589793
