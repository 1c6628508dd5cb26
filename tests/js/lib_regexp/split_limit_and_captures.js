print(JSON.stringify("a1b2c3d".split(/(\d)/, 3)));
print(JSON.stringify("a1b2c3d".split(/(\d)/, 4)));
print(JSON.stringify("abc".split(/(b)|(x)/)));
print(JSON.stringify("one  two".split(/(\s)+/)));
print(JSON.stringify("".split(/(?:)/, 0)), JSON.stringify("ab".split(/(?:)/, 1)));
// expect: ["a","1","b"]
// expect: ["a","1","b","2"]
// expect: ["a","b",null,"c"]
// expect: ["one"," ","two"]
// expect: [] ["a"]
