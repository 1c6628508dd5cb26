// symbols keep creation order among themselves
const a = Symbol('a'), b = Symbol('b');
const o = {};
o[b] = 1; o[a] = 2; o.x = 3;
print(Reflect.ownKeys(o).map(String).join()); // expect: x,Symbol(b),Symbol(a)
