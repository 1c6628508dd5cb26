// A malformed€«î program: it must be rejected before anything runs.
if (true) { break; }
// expect error: Stringify("\u0f"+); N	//yntaxError
