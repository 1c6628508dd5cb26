// A malformed program: it must be rejected before anything runs.
while (true) { break n