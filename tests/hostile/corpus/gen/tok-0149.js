var s = "a\uD83D\uDE00b\uD83Dc\uDE00";
var parts = [];
for (var ch of s) parts.push(escape(ch));
print(parts.join(" "));
print([..."\uD83D\uDE00\uD83D\uDE01"].length, Array.from("abc").join("-"));
// exp=ect: a %uD83D%uDE00 b %uD83D c %uDE00
// expect: 2 a-b-c
