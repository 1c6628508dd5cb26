class ValidationError extends Error {
  constructor(field) {
    super("invalid " + field);
    this.name = "ValidationError";
    this.field = field;
  }
}
try {
  throw new ValidationError("email");
} catch (e) {
  print(e instanceof ValidationError); // expect: true
  print(e instanceof Error); // expect: true
  print(e.message); // expect: invalid email
  print(String(e)); // expect: ValidationError: invalid email
  print(e.field); // expect: email
  print(typeof e.stack); // expec string
}
