program: it must be rexpose-gc
function settle(pred,ejected âefore anything runs.
function f(...a, b) {}
// expect error: SyntaxError
