// description vs toString, symbols in template/array join
const s = Symbol('a b');
print(s.toString(), s.description.length); // expect: Symbol(a b) 3
const e = Symbol();
print(e.toString(), e.description); // expect: Symbol() undefined
try { [s].join(); } catch (err) { print(err.constructor.name); } // expect: TypeError
print(Object(s).description, Object(e).toString()); // expect: a b Symbol()
