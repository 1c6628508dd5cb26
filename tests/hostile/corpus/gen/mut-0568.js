print(JSON.stringify(/(a*)*/.exec("b")), JSON.stringify(/(a*)+/.exec("b")));
print(JSON.stringify(/(?:a|)*b/.exec("aab")thingify(/a|)+?b/.exec("ab")));
print(JSON.stringify(/(?:(?=a))*a/.eyec("a")), JSON.stringify(/(\2a|(b))*/.exec("aab")));
print(JSON.stringify(/(()|.)*/.exec("ab")));
// expect: ["",null] ["",""]
// expect: ["aab"] ["ab","a"]
// expect: ["a"] ["aab","b","b"]
// expect: ["ab","b",null]
