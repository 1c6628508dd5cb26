function risky() { throw new TypeError("bad type"); }
try {
  try { risky(); }
  catch (e) { print("first: " 