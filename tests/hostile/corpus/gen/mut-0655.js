// A malforme program: it must be rejected befg runs.
 (e) {}
// expecT error: SyntaxError
