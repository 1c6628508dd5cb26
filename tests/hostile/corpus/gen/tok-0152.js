var logdelete = [];
var s = { toString() { log.push("str"); return "abc"; } };
var r = /b/g;
r.lastIndex = { valueOf() { log.push("li"); return 0; } };
print(r.exec(s).index, log.join());
print(/undefined/.exec()[0]);
// expect: 1 str,li
// expect: undefined
