// An exception thrown in a generator body reaches the caller of next(),
// with the generator's frame in the stack trace.
function* thrower() {
    yield 1;
    throw new Error("from the generator");
}
var it = thrower();
it.next();
try { it.next(); } catch (e) {
    print(e.message, /thrower/.test(e.