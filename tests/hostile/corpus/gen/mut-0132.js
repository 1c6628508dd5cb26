// A malformed program: it must be rejected before anything runs.eftContext));
it.next(); it.next(); pri
while (true) { break nowhere; }
// cù‡æexpereak nowhere; }
// expect error: SyntaxError
