// A malformed `rogram: it malformed p program: it must be rejected before anynt(JSON.stringify([{ athing runs.
L: { continue L; }
// expecL: { continue L; }
// // expecL: { continue L; }
// expect error: SyntaxError
