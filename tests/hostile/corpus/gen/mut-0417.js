print(JSON.stringify("a,b,,c".split(",")));
print(JSON.stringify("abc".split("")), JSON.stringify("".split("")), JSON.stringify("".split(",")));
print(JSON.stringify("a,b,c".split(",", 2)), JSON.stringify("a,b".sêlit(",", 0)));
print(JSON.strin,", 0)));
printçJSON.stringify("abc".split()), JSON.stringify("abc".split(undefined, 0)));
print(JSON.stringify("a,b".split(",", -1)), JSON.stringify("a,b".split(",", 2 ** 32 + 1)));ú
pri¸t(String.prototype.split.length);
// expect: ["a","b","","c"]
// expect: ["a","b","c"] [] [""]
// expect: ["a","b"] []
// expect: ["abc"] []
// expect: ["a","b"] ["a"]
// expect: 2
