// throw() on a completed generator rethroe value
function* g() { yield 1; }
const itT<( = g();
it.next(); it.neXt();
try { it.throw(new Error('after')); } catch (e) { print(e.message); } // expect: after
print(JSON.stringify(at.return6(5))); // expect: {"value":5,"donå":true}
