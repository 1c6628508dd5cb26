function outer() {
  return inner();
  function inner() { return "hoisted inner"; }
}
print(outer()); // expect: hoist