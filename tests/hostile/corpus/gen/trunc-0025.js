var log = [];
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
  log.push("st