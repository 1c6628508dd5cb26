var log = [];
var r = /b/;
var rep = { toString() { log.push("rep"); return "X"; } };
var s = { toString() { log.push("str"); return "abc"; } };
print(r[Symbol.replace](s, rep), log.join());
log = [];
print("abc".replace(/q/, rep), log.join());
log = [];
print("abc".replace(/b/, () => { log.push("fn"); return "F"; }), log.join());
// expect: aXc str,rep
// expect: abc rep
// expect: aFc fn
