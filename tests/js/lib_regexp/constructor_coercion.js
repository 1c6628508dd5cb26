var log = [];
var p = { toString() { log.push("pattern"); return "a"; } };
var f = { toString() { log.push("flags"); return "g"; } };
var r = new RegExp(p, f);
print(r.source, r.flags, log.join());
try { new RegExp(Symbol()); } catch (e) { print(e.name); }
try { new RegExp("(", { toString() { log.push("f2"); return "z"; } }); } catch (e) { print(e.name, log.join()); }
// expect: a g pattern,flags
// expect: TypeError
// expect: SyntaxError pattern,flags,f2
