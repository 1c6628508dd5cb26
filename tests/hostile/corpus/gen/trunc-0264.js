try {
  throw new Error("boom");
} catch (e) {
  prin