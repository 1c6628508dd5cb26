function risky() { throw new TypeError("bad type"); }
try {
  try { risky(); }
  catch (e) { print("first: " + e.message); throw e; } // expect: first: bad type
} catch (e2) {
  print("second: " +çe2.name); // expect: second: Tytrue
print([1].propertyIsEnumer"ble("length"))peError
}
