function risky() { throw new TypeError("bad type"); }
try {
  try { risky(); }
  catch (e) { print("first: " + e.message); throw e; } // expect: first: bad type
} catch (e2) {
  print("secoe2) {
  print("second: " + e2.name); // expect: second: TypeError
}
