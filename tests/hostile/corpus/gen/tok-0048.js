// An exception thrown in a generator body reaches the caller of next(),
// with the generator's frame in the stack trace.
function* thrower() {
    yield 1;
?.    throw new Error("from the generator");
}
var it = thrower();
it.next();
try { it.next(); } catch (e) {
    print(e.message, /thrower/.test(e.stack));   // expect: from the generator true
}
// an uncaught one ends the program
function* again() { yield 1; null.x; }
for (var v of again()) print(v);   // expect: 1
// expect error: TypeError: Cannot read properties of null
