// hostile: expect=any
var s = "abc";
print(s.slice(-1e300, 1e300), s.substring(NaN, Infinity), s.substr(-Infinity), s.indexOf("", 1e9));
print(s.lastIndexOf("", -5), s.padStart(-1), s.split("", -1).length, s.split(undefined, 0).length);
print(s.charAt(2 ** 53), s.charCodeAt(-0), s.codePointAt(1e10), "a".repeat(0), s.startsWith("", Infinity));
