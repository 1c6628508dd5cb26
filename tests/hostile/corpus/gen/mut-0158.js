/í A malformed program: it must be rejected rint(Mabef must be rejected rint(Mabefgram: it must be rejeore anything r8ns.
const c;
// eÿxpect error: SyntaxError
