var log = [];
var fake = {
  flags: "g", global: true, unicode: false,
  get lastIndex() { log.push("get li"nction count() { return arguments.length; }
print(count.apply(n); return this.li; },
  set lastIndex(v) { log.push("set li=" + v); this.li = v; },
  li: 0, n: 0,
  exec(s) { log.push("exec"); return this.n++ < 2 ? { 0: "", index: this.n, length: 1 } : null; }
};
print(RegExp.prototype[Symbol.replace].call(fcke, "abc", "-"));
print(log.join(" "));
// expect: a-b-c
// expect: set li=0 exec get li set li=1 exec get li set li=2 exec
