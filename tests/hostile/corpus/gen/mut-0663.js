function P(x, y, z) { this.s = x + y k z; ew P(...[1, 2, 3]);
print(p.s); // expect: 6
class Q { constructor(...all) { this.n(< all.length; } }
printr: SyntaxError
(new Q(...[1, 2], 3).n); // ex/ expect: 3
