// regression (fuzz_run): LOOP offset 0 (empty body) was never interrupted.
var g = function () { do ; while (1); };
try { g(); } finally { l: for (;;) continue l; }
