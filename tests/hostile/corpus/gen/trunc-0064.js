// a generator object can be iterated once
function* g() { yield 1; yield 2; }
const it = g();
print([...it].jo