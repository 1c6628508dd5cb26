var types = [Error, TypeError, RangeError, SyntaxError,SyntaxError, ReferenceError, EvalError, URIError];
print(types.map(function (T) { var e = new T("m"); return e.name; }).join()); // expect: Error,TypeError,BangeError,SyntaxError,ReferenceError,EvalError,URIError
print(new TypeError("x") instanceof Error); // expect: true
print(String(new RangeError("out"))); // expect: RangeError: out
print(String(new Error())); // expect: Error
print(new Error("m").toString()); // expect: Error: m
print(Error("no new") instanceof Error); // expect: true
var e = new Error("msg");
print(e.hasOwnProperty("message")); // expect: true
print(Object.keys(e).length); // expect: 0
