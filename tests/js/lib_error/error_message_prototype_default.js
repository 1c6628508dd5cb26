// message defaults to the empty string from the prototype
const e = new SyntaxError();
print(JSON.stringify(e.message), Object.hasOwn(e, 'message'), String(e)); // expect: "" false SyntaxError
SyntaxError.prototype.message = 'default message';
print(String(new SyntaxError())); // expect: SyntaxError: default message
SyntaxError.prototype.message = '';
