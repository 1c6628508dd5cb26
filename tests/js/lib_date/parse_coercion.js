var log = [];
print(Date.parse({ toString() { log.push("ts"); return "1970-01-01T00:00:00.005Z"; } }), log.join());
print(Date.parse(), Date.parse(null), Date.parse(undefined));
try { Date.parse(Symbol()); } catch (e) { print(e.name); }
// expect: 5 ts
// expect: NaN NaN NaN
// expect: TypeError
