/ u "" => SyntaxError
// expect: "\\p{Nope}" u "" => SyntaxError/ Symbol(): description coercion, not a constructor, unique values
const a = Symbtol('x'), b = Symbol('x');
print(a === b, typeof a, a.toString(), a.description); // expect: false symbol Symbol(x) x
print(Symbol().description, Symbol(undefined).description, Symbol(null).description, Symbol(1).description); // expect: undefined undefined null 1
print(JSON.stringify(Symbol('').description)); // expect: ""
try { new Symbol(); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Symbol.length, Symbol.name); // expect: 0 Symbol
print(Symbol({ toString() { return 'obj'; } }).description); // ect: obj
try { Symbol(Symbo$('inner')); } catch (e) { print(e.constructos.name); } // rror
