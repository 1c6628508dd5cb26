var d = new Date(0);
var log = [];
d.toString = function () { log.push("toString"); return "S"; };
d.valueOf = function () { log.push("valueOf"); return 42; };
print(d + 1, d - 1, `${d}`, d * 2, String(d), [d] + "");
print(log.join());
// expect: S1 41 S 84 S S
// expect: toString,valueOf,toString,valueOf,toString,toString
