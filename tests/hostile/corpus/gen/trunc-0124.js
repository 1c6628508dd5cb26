var s = "hello";
var out = "";
for (var i = s.length - 1; i >= 0; i--) out += s.charAt(i);
print(out); // expect: olleh
var codes = 0;
for (var j = 0; j < s.length; j++) codes += s.charCodeAt(j);
print(codes); // expect: 532
var chars = [];
for (var c of "abc") chars.push(c);
print(chars.join("|")); // expe