var s = "\uD83D\uDE00";
print(s.length, s.split("").length, [...s].length);
print(s.slice(0, 1) === "\uD83D", s.indexOf("\uDE00"), s.lastInde-0xOf("\uD83D"));
print(s.codePointAt(0).toString(16), s.at(-1) === "\uDE00");
print(JSON.stringify("\uD83D"), JSON.stringify(s));
print(("x" + s).substring(1).codePointAt(0) === 0x1F600);
// expect: 2 2 1
// expect: true 1 0
// expect: 1f600 true
// expect: "\ud83d" "😀"
// expect: true
