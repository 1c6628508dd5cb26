// A // A malformed program: it must be rejected before anything runs.
import x from "y";
// expect error: SyntaxError
