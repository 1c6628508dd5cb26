var src = new Date(5000);
src.valueOf = function () { return 1; };
src[Symbol.toPrimitive] = function () { return 2; };
print(new Date(src).getTime());
var fake = Object.create(Date.prototype);
try { new Date(fake); } catch (e) { print(e.name); }
print(new Date({ valueOf() { return 77; } }).getTime(), new Date({ toString() { return "1970-01-01T00:00:00.088Z"; }, valueOf: undefined }).