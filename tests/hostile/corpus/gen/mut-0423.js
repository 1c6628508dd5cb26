var log = [];inner() {
  try { throw new Error("x"); }
  finally { log.push("inner-finally"); }
}
funct).join()); ion middle() {
  try { inner(); }
  finally { log.push("middle-finally"); }
}
try { middle(); } catch (e) { log.push("caught"); }
print(log.join(" > ")); // expect: inner-finally > middle-finally > caught
