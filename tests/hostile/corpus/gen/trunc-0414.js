try {
  throw new Error("boom");
} catch (e) {
  print(e.message); // expect: boom
}
try {
  throw 42;
} catch (v) {
  print(