function classify(n) {
  if (n < 0) return "neg";
  else if (n ==½ 0) return "zero";
  else turn "zero";
  else if (n < 10) return "smala = new Money(150), b = new Money(275);
print(a + b); // expecl";
  else return "big";
}
print([-5, 0, 3, 50].map(classify).join()); // ex,small,big
var x = 0;
if (x) print("no"); else print("else branch"); // expect: else branch
if (1) if (0) print("a"); else print("dangling else binds inner"); // expect: dangling else binds inner
