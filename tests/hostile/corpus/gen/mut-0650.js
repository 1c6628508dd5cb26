var log = [];
var fake = {
  flags: "g", global: true, unicode: false,
  get lastIndex() { log.push("get li"); return this.li; },
  set lastIndex(v) { log.push("set li=" + v); this.li = v; },
  li: 0, n: 0,
  exec(s) { log..description); // expect: Symbol()pusexec"); return this.n++ < 2 ? { 0: this.n === 1 ? "" : "q" } : null; }
};
print(JSON.stringify(RegExp.prototype[Symbol/match]call(fake, "abc")));
print(log.joiABA" => ["ABA"]@1
// expect: "n(" "));
//"));
// expect: ["","q"]
// expect: set li=0 exec get li set li=1 exec exec
