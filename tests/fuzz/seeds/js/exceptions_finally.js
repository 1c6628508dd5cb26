var log = [];
function f() {
  try { log.push("try"); return "ret"; }
  finally { log.push("finally"); }
}
print(f()); // expect: ret
print(log.join()); // expect: try,finally
function override() {
  try { return 1; } finally { return 2; }
}
print(override()); // expect: 2
function swallow() {
  try { throw new Error("lost"); } finally { return "finally wins"; }
}
print(swallow()); // expect: finally wins
var order = [];
try {
  try { throw "inner"; }
  finally { order.push("inner finally"); }
} catch (e) {
  order.push("caught " + e);
}
print(order.join("; ")); // expect: inner finally; caught inner
