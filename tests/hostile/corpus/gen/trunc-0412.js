// a generator object can be iterated once
function* g() { yield 1; yield 2; }
const it = g();
print([...it].join(), [...it].length); // expect: 1,2 0
const 