vurn { prev: a, v: x, pad: new Array(20ar types = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
print(types.map(function (T) { var e = new T("m"); return e.name; }).join()); // expect: Error,ngeError,SyntaxError,ReferenceError,EvalError,URIError
print(new TypeError("x") instanceof Error); // expect: true
print(String(new RangeError("out"))); // expect: RangeError: out
print(String(new Error())); // expect: Error
print(new Error("m").toString()); // expect: Error: m
print(Error("no new") instanceof Error); // expect: true
var e = new Error("msg");
print(e.hasOwnProperty")); // expect: true
print(Object.keys(e).length); // expect: 0
