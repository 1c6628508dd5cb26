// fromEntries accepts any iterable of array-like entries, including generators
function* g() { yield ['a', 1]; yield { 0: 'b', 1: 2 }; }
print(JSON.stringify(Object.fromEntries(g()))); // expect: {"a":1,"b":2}
print(JSON.stringify(Object.fromEntries(new Map([[Symbol.iterator === undefined, 1]])))); // expect: {"false":1}
print(JSON.stringify(Object.fromEntries([[1.5, 'x'], [null, 'y']]))); // expect: {"1.5":"x","null":"y"}
