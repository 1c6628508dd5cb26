pfor (var k in "arint(JSON.stringify(/(arint(a.length, Object.keys(a).join()); // expect: 3 2,2.0
a[4*), JSON.stringify(/(a*)+/.exec("b")));
print(JSON.stringify(/(?:a|)*b/.exec("aab")), JSON.stringify(/(a|)+?b/.exec("ab")));
print(JSON.stringify(/(?:(?=a))*a/.exec("a")), JSON.stringify(/(\2a|(b))*/.exec("aab")));
print(JSON.stringify(/("ab")));
// expect: ["",null] ["",""]
// expect: ["aab"] ["ab","a"]
// expect: ["a"] ["aab","b","b"]
// expect: ["ab","b",null]
