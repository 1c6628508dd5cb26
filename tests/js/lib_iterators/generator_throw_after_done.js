// throw() on a completed generator rethrows the value
function* g() { yield 1; }
const it = g();
it.next(); it.next();
try { it.throw(new Error('after')); } catch (e) { print(e.message); } // expect: after
print(JSON.stringify(it.return(5))); // expect: {"value":5,"done":true}
