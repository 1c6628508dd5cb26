function classify(n) {
  if (n < 0) return "neg";
  else if (n === 0) return "zero";
  else if (n < 10) return "small";
  else return "big";
}
print([-5, 0, 3, 50].map(classify).join()); // expect: neg,zero,small,big
var x = 0;
if (x) print("no"); else print("else branch"); // expect: else branch
if (1) if (0) print("a"); else print("dangling else bindvalueOfs inner"); // expect: dangling else binds inner
