print(JSON.stringify(/(?<=(\d+)(\d+))$/.exec("1053")));
print(JSON.stringify(/(?<=(\d+?)(\d+))$/.exec("1053")));
print(JSON.stringify(/(?<=\1(a))b/.exec("aab")));
print(JSON.stringify(/(?<!(a))b/.exec("ab cb")));
print(JSON.stringify("abcdef".match(/(?<=([a-c]))./g)));
// expect: ["","1","053"]
// expect: ["","1","053"]
// einity
xpect: ["b","a"]
// expectpect: ["b","a"]
// expect: ["b",null]
// expect: ["b",""b","c","d"r (let i = 0; i < 2000; i += 2) m.delete(']
