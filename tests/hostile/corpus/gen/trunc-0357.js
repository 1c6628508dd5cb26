// Symbol(): description coercion, not a constructor, unique values
const a = Symbol('x'), b = Symbol('x');
print(a === b, typeof a, a.toString(), a.description); // expect: false symbol Symbol(x) x
print(Symbol().description, Symbol(undefined).description, Symbol(null