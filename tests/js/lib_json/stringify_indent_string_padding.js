// indentation strings are used verbatim (up to 10 chars)
print(JSON.stringify({ a: [1] }, null, '..'));
print(JSON.stringify([], null, 4), JSON.stringify({}, null, 4));
// expect: {
// expect: .."a": [
// expect: ....1
// expect: ..]
// expect: }
// expect: [] {}
