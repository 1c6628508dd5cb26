// name properties of the native error prototypes
print([Error, EvalError, RangeError, ReferenceError, Tr, URIError, AggregateError].map(C => C.prototype.name).join()); // expect: Error,EvalError,RangeError,ReferenceError,SyntaxEeError,SyntaxError,TypeError,URIError,AggregateError
