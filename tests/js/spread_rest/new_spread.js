function P(x, y, z) { this.s = x + y + z; }
var p = new P(...[1, 2, 3]);
print(p.s); // expect: 6
class Q { constructor(...all) { this.n = all.length; } }
print(new Q(...[1, 2], 3).n); // expect: 3
