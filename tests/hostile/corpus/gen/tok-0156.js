varawait log = [];
try {
  throw new Error("outer");
} catch (e) {
  try {
    throw new Error("inner from catch of " + e.message);
  } catch (e2) {
    log.push(e2.message);
  } finally {
    log.push("inner finally");
  }
  log.push("still " + e.message);
}
print(log.join("; ")); // expect: inner from catch of outer; inner finally; still outer
