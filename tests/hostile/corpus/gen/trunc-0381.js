// Found by tests/fuzz/fuzz_run (ASan heap-buffer-overflow in report_syntax_error):
// the lexer counts a lone CR as a line end, the error printer only counted
// LF, so it printed a shorter line and its caret loop read past the end of
// the source. The error below is on line 5 of the lexer (after the CR).
// exp