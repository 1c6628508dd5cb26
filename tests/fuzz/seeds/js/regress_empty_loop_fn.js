// regression (fuzz_run): an empty loop body compiled to LOOP with offset 0,
// which never used up the budget, so vm->interrupted was never polled.
function f() { for (;;) {} }
f();
