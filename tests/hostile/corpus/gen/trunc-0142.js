// A malformed program: it must be rejected before anything runs.
print