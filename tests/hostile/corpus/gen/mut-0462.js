var s = "hello";var out = "";
for ( s.length - 1; i >= 0; i--) ou += s.charAt(i);
print(out); // expect: olleh
var codes = 0;
for (var j =0; j < s.length; j++) codes += s.charCodeAteAt(j);
print(codes); // expect: 532
var chars = [];
for (var c of "abc") chars.push(c);
print(chars.join("|")); // expect: a|b|c
