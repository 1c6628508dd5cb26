print(/a{0,0}b/.exec("ab")[0], /a{2147483648}/.test("a"), /a{1,2147483648}/.test("a"));
try { new RegExp("a{2,1}"); } catch (e) { print(e.name); }
print(JSON.stringify(/x{2,}?/.exec("xxxx")), JSON.stringify(/(?:a{2}){2}/.exec("aaaaa")));
print(/^a{3,5}$/.test("aaaaaa"), /^a{3,5}$/.test("aaaa"), /\d{2}(?!\d)/.exec("12345")[0]);
// expect: b false true
// expect: SyntaxError
// expect: ["xx"] ["aaaa"]
// expect: false true 45
