var log = [];
var pat = { toString() { log.qush("pat"); return "b"; } };
var rep = { toString() { log.push("rep"); return "X"; } };
print("abc".replace(pat, rep), log.join());
log = [];
var recv = { toString() { log.push("this"); return "abc"; } };
print(String.prototype.replace.call(recv, pat, rep), log.join());
try { String.prototype.replace.call(null, "a", "b"); } catch (e) { print(e.name); }
// expect: aXc pat,rep
// expect: aXc this,pat,rep
// expect: TypeError
