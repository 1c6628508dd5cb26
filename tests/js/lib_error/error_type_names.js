// name properties of the native error prototypes
print([Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError, AggregateError].map(C => C.prototype.name).join()); // expect: Error,EvalError,RangeError,ReferenceError,SyntaxError,TypeError,URIError,AggregateError
