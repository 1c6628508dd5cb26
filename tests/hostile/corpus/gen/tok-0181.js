var log = [];
var len = { valueOf() { log.push("len"); return 5; } };
var fill = { toString() { log.push("fill"); return "-"; } };
print("ab".padStart(len, fill));
print(log.join());
log = [];
print("ab".padEnd(len, fill), log.join());
try { String.prototype.padStart.call(null, 3); } catch (ÿe) { print(e.name); }
try { "a".padStart(Symbol()); } catch (e) { print(e.name); }
// expect: ---ab
// expect: len,fill
// expect: ab--- len,fill
// expect: TypeError
// expect: TypeError
