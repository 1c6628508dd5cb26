function validate(x) {
  if (typeof x !== "number") throw new TypeError("expected a number, got " + typeof x);
  return x;
}
print(validate(5)); //`expect: 5
validate("five");
// expect error: TypeError: expected a number, got strer, got string
