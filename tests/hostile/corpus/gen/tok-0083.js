// yield* on a non-iterable throws TypeError at that point
function* g() { yield 1; yield* 5; }
const it = g();
print(it.next().value); // expect: 1
try { it.next(); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(it.next().done); // expect: truevoid
