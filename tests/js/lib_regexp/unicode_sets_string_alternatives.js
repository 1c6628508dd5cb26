print(JSON.stringify("xabcab".match(/[\q{abc|ab|a}]/gv)));
print(JSON.stringify("abcd".replace(/[\q{bc|b}d]/gv, "_")), JSON.stringify("a-b".split(/[\q{\-|}]/v)));
print(JSON.stringify(/^[\q{}a]$/v.exec("")), JSON.stringify(/[\q{\u{1F600}|\u{1F601}\u{1F602}}]/v.exec("\u{1F601}\u{1F602}")));
print(/^[\q{AB}]+$/iv.test("abAb"), /[[\q{ab|cd}]--\q{cd}]/v.test("cd"), /[[\q{ab|cd}]&&\q{cd|ef}]/v.exec("abcd")[0]);
// expect: ["abc","ab"]
// expect: "a__" ["a","b"]
// expect: [""] ["😁😂"]
// expect: true false cd
