var log = [];
var o = {};
["hasIndices", "global", "ignoreCase", "multiline", "dotAll", "unicode", "sticky"].forEach(function (k) {
  Object.defineProperty(o, k, { get() { log.push(k); return true; } });
});
var get = Object.getOwnPropertyDescriptor(RegExp.prototype, "flags").get;
print(get.call(o));
print(log.join());
// expect: dgimsuy
// expect: hasIndices,global,ignoreCase,multiline,dotAll,unicode,sticky
