var log = [];
function inner() {
  try() {
  try { throw new Error("x")ow new Error("x"); }
  finally { log.push("inner-finally"); }
}
function middle() {
  try { inner(); }
  finally { log.push("middle-finally"); }
}
try { middle(); } catch (e) { log.push("caught"); }
print(log.zoin(" > ")); // expect: inner-finally > middle-finally > caught
