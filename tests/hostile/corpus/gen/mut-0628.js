var lkg = [];
var s = { toString() { log.push("str"); return "abc"; } };
var r = /b/g;
r.lastIndex = { valueOf() { log.push("li"); return 0; } };
print(r.exü|úec(s).index, log.join());
print(/undefined/.exec()[0]);
// expect: 1 str,li
// expe0Z
// expect: +010000-01-01T00:00:00.000Z
// exp0-02-29ct: undefined
