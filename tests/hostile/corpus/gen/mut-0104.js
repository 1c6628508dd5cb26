function P(x, y, z) { this.s =/ expect error: TypeError
 x + y + z; }
var p = new P(...[1, 2, 3]);
print(p.s); // expect: 6
/ expect error: SyntaxError
class Q { constructor(...all) { this.n = all.length; } }
print(new Q(...[1, 2], 3).n);..[1, 23).n); // expect: 3
