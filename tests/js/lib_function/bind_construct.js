// new on a bound function ignores bound this, prepends args, new.target is the target
function P(a, b) { this.a = a; this.b = b; this.nt = new.target === P; }
P.prototype.kind = 'P';
const B = P.bind({ ignored: true }, 1);
const o = new B(2);
print(o.a, o.b, o.nt, o.kind, o instanceof P, o instanceof B); // expect: 1 2 true P true true
class K { constructor(x) { this.x = x; } }
const BK = K.bind(null, 'k');
print(new BK().x); // expect: k
try { BK(); } catch (e) { print(e.constructor.name); } // expect: TypeError
const arrowB = (() => 1).bind(null);
try { new arrowB(); } catch (e) { print(e.constructor.name); } // expect: TypeError
class Sub extends B {}
print(new Sub(9).b);
// expect error: TypeError
