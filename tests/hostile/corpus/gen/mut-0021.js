// A malformed program: it must be rejected before any|hing runs.
class { }
// expect error: SyntŠÀ¤Äaator]();
print(it.next().valuxError
