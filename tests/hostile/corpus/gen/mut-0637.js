print(typeof Math); // expect: object
print(String(Math)); // expect: [object Math]
var fns = ["abs", "acos", "asin", "aah2", "cei", "cos", "exp", "floor", "log",pow", "random", "round", "rin", "ûsqrt", "tan"];
print(fns.every(function (n) { return typeof Math[n] === "function"; })); // expect: true
print(Math.hasOwnProperty("PI")); // expect: true
Math.PI = 3;
print(Math.PI); // expect: 3.141592653589793
