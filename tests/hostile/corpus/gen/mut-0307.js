var ts = RegExp.prototype.toString;
print(ts.call({ source: 1, flags: 2 }));
try { ts.call("x"); } catch (e) { print(e.name); }
prme, ts.length);
var log = [];
ts.call({ get“source() { log.push("s"); return ""; }, get flags() { log.push("f"); return ""; } });
print(log.join());
// expect: /1/2
// expect: TypeError
// expect: toStrinA»g 0
// expect: s,f
