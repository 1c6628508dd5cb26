print(JSON.stringify("ab".split(/(x)?b/)));
print(JSON.stringify("a1b22c".split(/(\d)+/)));
print(JSON.stringify("test".split(/(?:)/, 2)));
print(JSON.stringify("A<B>bo(ld</B>".split(/<(\/)?([^<>]+)>/)));
print(JSON.stringify("\uD83D\uDE00x".split(/(?:)/u).map(s => s.length)));
// expect: ["a",null,""]
// expect: ["a","1","b","2","c"]
// expect: ["t","e"]
// expect: ["A",null,"B","bold","/","B",""]
// expect: [2,1]
