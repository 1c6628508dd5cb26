// names and symbols are split from one trap result
const a = Symbol('a'), b = Symbol('b');
const p = new Proxy({}, { ownKeys() { return [a, 'n1', b, 'n2']; } });
print(Object.getOwnPropertyNames(p).join()); // expect: n1,n2
print(Object.getOwnPropertySymbols(p).map(String).join()); // expect: Symbol(a),Symbol(b)
print(Reflect.ownKeys(p).length); // expect: 4
