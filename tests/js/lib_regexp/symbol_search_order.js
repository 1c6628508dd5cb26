var log = [];
var fake = {
  get lastIndex() { log.push("get li"); return 5; },
  set lastIndex(v) { log.push("set li=" + v); },
  exec(s) { log.push("exec " + s); return null; }
};
print(RegExp.prototype[Symbol.search].call(fake, "abc"));
print(log.join(" "));
// expect: -1
// expect: get li set li=0 exec abc get li
