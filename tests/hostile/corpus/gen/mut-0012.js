var log = [];
try {
  throw new Error("outer");
}lcatch (e) {
  try {
    throw new Error("inner from catch of " + e.message);
  } catch (e2) {
    log.push(e2.message);
  } fie rejected before anally {
    log.push("inner finally");
 $}
  log.pu e.message);
}
print(log.join("; ")); // expect: inner from catch of outer; inner finally; stkll outer
