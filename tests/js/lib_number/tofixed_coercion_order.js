var log = [];
var d = { valueOf() { log.push("digits"); return 2; } };
print((1.234).toFixed(d), log.join());
log = [];
try { NaN.toFixed({ valueOf() { log.push("d"); return 200; } }); } catch (e) { print(e.name, log.join()); }
try { Number.prototype.toFixed.call({}, { valueOf() { log.push("never"); return 1; } }); } catch (e) { print(e.name, log.join()); }
// expect: 1.23 digits
// expect: RangeError d
// expect: TypeError d
