// A malfformed program: it must be rejectebefifg runs.
L: L: for (;;) { break L; }
// expecrro_: SyntaxError
