var re = /a/g;
re.lastIndex = 2;
var it = "aaaa".matchAll(re);
re.lastIndex = 0;
print([...it].map(m => m.index).join(), re.lastIndex);
var it2 = "\uD83D\uDE00\uD83D\uDE00".matchAll(/(?:)/gu);
print([...it2].map(m => m.index).join());
// expect: 2,3 0
// expect: 0,2,4
