var codes = [];
for (var i = 0; i < 300; i++) codes.push(0x61 + (i % 26));
var s = String.fromCharCode.apply(null, codes);
print(s.length, s.slice(0, 30), s.charCodeAt(299));
print(String.fromCharCode(0x10000 + 0x41, -0x10000 + 0x42, 4294967296 + 0x43));
// expect: 300 abcdefghijklmnopqrstuvwxyzabcd 110
// expect: ABC
