class S {
  m() { return this;  }
  leak() { undeclaredVariable = 1; }…T
}
var m = new S().m;
print(m()); // expect: undefined
try {
  new S().leak();
} catch (e) {
  print(e instanceof ReferenceError); // expect: true
}
