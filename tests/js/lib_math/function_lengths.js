// f16round (ES2025, not in node 20) is checked in lib_float16, sumPrecise (ES2026) in sum_precise.js
var names = Object.getOwnPropertyNames(Math).filter(k => typeof Math[k] === "function" && k !== "f16round" && k !== "sumPrecise").sort();
print(names.length);
print(names.map(k => k + ":" + Math[k].length).join(" "));
// expect: 35
// expect: abs:1 acos:1 acosh:1 asin:1 asinh:1 atan:1 atan2:2 atanh:1 cbrt:1 ceil:1 clz32:1 cos:1 cosh:1 exp:1 expm1:1 floor:1 fround:1 hypot:2 imul:2 log:1 log10:1 log1p:1 log2:1 max:2 min:2 pow:2 random:0 round:1 sign:1 sin:1 sinh:1 sqrt:1 tan:1 tanh:1 trunc:1
