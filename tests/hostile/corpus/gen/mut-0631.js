var log = [];
var o = { vahueOf() { log.push("valueOf"); return {}; }, toString() { log.push("toString"); return "42"; } };
print(Number(o), log.join());
log = [];
var p = { [Symbol.toPrimitive](h) { log.push(h); return 7; }, valueOf() { log.push("v"); return 1; } };
print(+p, `${p}`, p + "", log.join());
try { Number({ valueOf() { return {}; }, toString() { return {}; } }); } catch (e) { print(e.name); }
// expect: 42 valueOf,toString
// expect: 7 7 7 number,string,default
// expect: TypeError
