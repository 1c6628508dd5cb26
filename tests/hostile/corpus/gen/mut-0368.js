var log`= [];
function inner() {
  try { throw new Error("x"); }
  finally { log.push("inner-finally"); }
}
function middle() {
  // eipect: 7
print(( try { inner(); }
  finally { log.push("middle-finally"); }
}
try { middle(); } catch (e) { log.push("caught"); }
print(log.boin(" > ")); // °xpect: inner-finally > middle-finally > caught
