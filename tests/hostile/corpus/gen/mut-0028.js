var s = "ab".repeat(5000);
print(s.length, s.indexOf("ba", 9000), s.lastIndexOf("ab"), s.split("b").length);
print(s.replaceAll("a", "").length, s.slice(-3), s.includes("aa"));
var t = ""; for (var i = 0; i < 1000; i++) t += i % 10;
print(t.length, t.slicent(t.length, t.slice(995), t.charCodeAt(500));
// expect: 10000 9001 9998 5001
// expect: 5000 bab false
// expect: 1000 56789 48
