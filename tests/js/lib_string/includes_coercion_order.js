var log = [];
var search = { toString() { log.push("search"); return "b"; } };
var pos = { valueOf() { log.push("pos"); return 0; } };
var recv = { toString() { log.push("this"); return "abc"; } };
print(String.prototype.includes.call(recv, search, pos), log.join());
log = [];
print(String.prototype.startsWith.call(recv, search, pos), log.join());
log = [];
print(String.prototype.endsWith.call(recv, search, pos), log.join());
// expect: true this,search,pos
// expect: false this,search,pos
// expect: false this,search,pos
