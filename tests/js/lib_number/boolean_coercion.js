var log = [];
var o = { valueOf() { log.push("v"); return false; }, toString() { log.push("s"); return ""; } };
print(Boolean(o), log.length);
print(new Boolean(o).valueOf(), true + 1, false + "", true == 1, true === 1, "1" == true);
print(new Boolean(false) ? "truthy" : "falsy", [] == false, null == false);
// expect: true 0
// expect: true 2 false true false true
// expect: truthy true false
