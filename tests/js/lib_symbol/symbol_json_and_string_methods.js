// String(symbol) works, concatenation does not
const s = Symbol('desc');
print(String(s), s.toString() === String(s), [s].map(String).join()); // expect: Symbol(desc) true Symbol(desc)
