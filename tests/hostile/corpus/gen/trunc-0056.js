var log = [];
var o = { toString() { log.push("toString"); return "s"; }, valueOf() { log.push("valueOf"); return "v"; } };
print(`${o}`, log.join());
log = [];
print("" + o, log.join