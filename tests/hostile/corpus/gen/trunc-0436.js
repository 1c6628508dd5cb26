var log = [];
var o = { valueOf() { log.push("v"); return 