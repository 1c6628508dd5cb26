// the native error constructors and their prototypes
const types = [EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError];
for (const T of types) {
  const e = new T('msg');
  print(T.name, T.length, e.name, e instanceof Error, Object.getPrototypeOf(T) === Error,
    Object.getPrototypeOf(T.prototype) === Error.prototype, Object.hasOwn(T.prototype, 'toString'),
    JSON.stringify(T.prototype.message), T('x') instanceof T);
}
// expect: EvalError 1 EvalError true true true false "" true
// expect: RangeError 1 RangeError true true true false "" true
// expect: ReferenceError 1 ReferenceError true true true false "" true
// expect: SyntaxError 1 SyntaxError true true true false "" true
// expect: TypeError 1 TypeError true true true false "" true
// expect: URIError 1 URIError true true true false "" true
