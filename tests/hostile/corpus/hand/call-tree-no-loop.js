// hostile: expect=error timeout=1
// No loop anywhere: an exponential tree of calls (2^1000 leaves) and a
// mutual recursion that returns, both well under the stack limit.  Only the
// time limit can end it (--timeout; an embedder's interrupt flag is polled
// where calls spend their budget: tests/unit/test_interrupt.c).
function g(n) { return n > 1000 ? 0 : h(n + 1) + h(n + 1); }
function h(n) { return g(n); }
function f(n) { if (n > 1000) return 0; f(n + 1); f(n + 1); }
try { f(0); } catch (e) { console.log("caught", e); }
g(0);
console.log("not reached");
