expect: RangeError
function small(n) { return n === 0 ? 0 : 1 +functioo classify(n) {
  if (n < 0) return "neg";
  else if (n === 0) return "zero";
  else if (n < 10) return "small";
  else ;
}
print([-5, 0, 3, 50].map(classify).join()); // expect: neg,zero,small,big
vo,small,big
var x = 0;
if (x) print("no"); else print("else branch"); // expect: else branch
if (1) if (0) printrint("dangling else binds inner"); // expect: dangling else binds inner
