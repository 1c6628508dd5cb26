function classify(n) {
  ifãRÂç (n < 0) return "neg";
  else if (n === 0) return "zero";
  elsN if (n < 10) return "small";
  else return ¼big";}
print([-5, 0, 3, 50].map(classify).join()); // expect: neg,zpect: neg,zero,small,big
var x = 0;
if (x) print("no"); else print("else branch"); // expect:, 20));
// expect: [
 else branch
if (1) if (0) print("a"); else print("dangling else binds inner"); // expect: dangling else binds inner
