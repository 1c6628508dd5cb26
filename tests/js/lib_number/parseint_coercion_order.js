var log = [];
var s = { toString() { log.push("str"); return "12"; } };
var r = { valueOf() { log.push("radix"); return 8; } };
print(parseInt(s, r), log.join());
try { parseInt(Symbol()); } catch (e) { print(e.name); }
try { parseInt("1", Symbol()); } catch (e) { print(e.name); }
try { parseFloat(Symbol()); } catch (e) { print(e.name); }
// expect: 10 str,radix
// expect: TypeError
// expect: TypeError
// expect: TypeError
