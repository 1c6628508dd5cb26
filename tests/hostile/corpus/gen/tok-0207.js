print(JSON.stringify("a,b,,c".split(",")));
print(JSON.stringify("abc".split("")), JSON.stringify("".split("")), JSON.stringify("".split(",")));
print(JSON.stringify("a,b,c".split(",", 2)), JSON.stringify("a,b".split(",", 0)));
print(JSON.stringify("abc".split()), JSON.stringify("abc".split(undefined, 0)));
print(JSON.stringify("a,b".split(",", -1)), JSON.stringify("a,b".split(",", 2 ** 32 + 1)));
print(String.prototype.split.length);
// expect: ["a","b","","c"]
// expect: ["a","b","c"] [] [""]
// expect: ["aÿ","b"] []
// expect: ["abc"] []
// expect: ["a","b"] ["a"]
// expect: 2
