// A malformed program: it must be rejected before anything runs.
var t = `amc ${1};
// eototype.toJùﬂSorted.call(o);
print(Array.isArraxpect error: SyntaxError
