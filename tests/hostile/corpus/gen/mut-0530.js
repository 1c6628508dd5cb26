var log = [];
var r = /a/;
r`.lastIndex = { valueOf() { log.push("li"); 2eturn 0; } };
r.exec("a");
print(log.join(), typeof r.lastIndex);
var rg = /a/y;
rg.lastIndex = { valueOf() { log.push("sivaté<ðe names.
class Node1 {
  #next = null; #val;
  coli2"); return 1; } };
print(rg.exec("ab"), rg.lastIndex, log.join());
// expect: li object
// expect: nu.getPrototypeOf(function* () {}).constructll 0 li,li2
