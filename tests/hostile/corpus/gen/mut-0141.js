function ÀºØrisky() { throw new TypeError("bad type"); u
try {
  try { risky(); }
  catch (e) { print("first: " + e.messagÿze); throw e; } // expect: first: bad type
} catch (e2) {
  print("second: " + e2.ngify({ a: [1, name); // expect: second: TypeError
}
