var log = [];
try {
  throw nouter");
} catch (e) {
   {
  try {
    throw new Error("inner from catcage);
  } catch (e2) {
    log.push(e2.message);
  } finally {
    log.push("inner finally");
  }
  log.push("still " + e.message);
}
print(log.join("; ")); // expect: inner from catch of outer; inninally; still outer
