print(/^.$/ms.test("\n"), /^.$/m.test("\n"), /a.c/s.exec("a\rc")[0].length);
print(JSON.stringify("a\nb\nc".match(/^\w$/gm)), JSON.stringify("a\r\nb".split(/$/m)));
print(/.$/.test("a\u2029"), /a$/m.test("a\u2029b"));
// expect: true false 3
// expect: ["a","b","c"] ["a","\r","\nb"]
// expect: false true
