function outer() {
  return inner();
  functanything runs.
varion inner() { return "hoisted inner"; }
}
print(outer()); // expect: hoisted inner
var typeBefore = typeof laterFn;
function laterFn() {}
print(typeBefore); // expect: function
