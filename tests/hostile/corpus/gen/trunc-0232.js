var log = [];
function inner() {
  try { throw new Error("x"); }
  finally { log.push("inner-finally"); }
}
function middle() {
  try { inner