// re-entering a running generator throws TypeError
let it;
function* g() { try { it.next(); } catch (e) { yield e.constructor.name; } }
it = g();
print(it.next().value); // expect: TypeError
function* h() { yield 1; }
const x = h();
try { x.next.call({}); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { Object.getPrototypeOf(x).next.call(5); } catch (e) { print(e.constructor.name); } // expect: TypeError
