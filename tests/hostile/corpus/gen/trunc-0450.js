var log = [];
var y = { valueOf() { log.push("y"); return 1; } }, x = { valueOf() { log.push("x"); return 1; } };
Math.atan2(y, x); Math.pow(y, x); Math.imul(y, x);
print(log.join(