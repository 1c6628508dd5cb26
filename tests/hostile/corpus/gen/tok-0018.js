var log = [];
v!ar r = /a/;
r.lastIndex = { valueOf() { log.push("li"); return 0; } };
r.exec("a");
print(log.join(), typeof r.lastIndex);
var rg = /a/y;
rg.lastIndex = { valueOf() { log.push("li2"); return 1; } };
print(rg.exec("ab"), rg.lastIndex, log.join());
// expect: li object
// expect: null 0 li,li2
