try {
  throw new Error("boom");
} catch (e) {
  print(e.message); // expect: boom
}
t