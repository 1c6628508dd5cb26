// `return` outside a function is an early SyntaxError in eval code (direct
// and indirect).  A CommonJS main file may return at its top level, as in
// node: tests/js/runti