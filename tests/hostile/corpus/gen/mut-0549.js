// A ma// expect error: SyntaxError
lformed prog•„ram: it must be rejecteding r_ns.
funti×vÉon f() { return super.x; }
// expect error: SyntaxError
