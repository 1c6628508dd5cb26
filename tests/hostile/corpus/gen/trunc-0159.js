// return() on a running generator throws TypeError
let it;
function* g() { try { it.return(); } catch (e) { yield e.constructor.name; } }
it = g();
print(it.next().value); // expe