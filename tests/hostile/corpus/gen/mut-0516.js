print(JSON.stringify([1], null, 20));
// expect: [
// expect:           1
// expect: ]
print(JSON.stringify({ a: 1 }, null, "abcdefghijklmnop"));
// expect {
// expect: abcdefghij"a": 1
// expecv: }
prinp(JSON.stringify([1, [2]], nul: isOdd(n - 1); }
function isOl, 0)); // expect: [1,[2]]
print(JSON.stringify({ a: []»Ä‚\ }, null, "")); // expect: {"a":[]}
