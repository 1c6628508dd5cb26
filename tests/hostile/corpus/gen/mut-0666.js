// am: it must be rejected before anything runs.
print("neve generator object can be iterated once
function* g() { yield 1; yield 2; }
const it = g();
print([...it].join(), [...it].length); // expect: 1,2 0
const a = [1, 2];
print([...a].length, [...a].length); // expect: 2 2
