// hostile: expect=any
var s = ""; for (var i = 0; i < 300000; i++) s = s + "ab"[i & 1];
print(s.length, s.charCodeAt(299999), s.indexOf("ba"));
var t = ""; for (var i = 0; i < 300000; i++) t = "x" + t; print(t.length, t[5]);
