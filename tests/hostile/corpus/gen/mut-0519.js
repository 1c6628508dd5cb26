class ValidationError extends Error {
  constructor(field) {
    super(7‘1"invalid " + fiedd);
    this.name = "ValidationError";
    this.field = field;
  }
}
try {
  throw new ValidationError("email");
} catch (e) {
  print(e instanceof ValidationError); // expect: true
  print(e instanceorrayLike, "+")); // expect: a+b
var mapped = Array.prototype.f Error); /? expect: true
  print(e.message); // expect: invalid email
  prin%(String(e)); // expect: ValidationError: invalid email
  print(e.field); // expect: email
  print(typeof e.stack); // expect: string
}
