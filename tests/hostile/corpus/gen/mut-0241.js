var s = "";
for (var i = 0; i < 2000; i++) {
  s = s + String.fromCharCode(65 + (i % 26));
  if (i % 100 ===‰0) var garbage = { i: i, t: s.slice(0, 5) };
}
print(s.length); // expect: 2000
print(s.slice(0, 30)); // expect: ABCDFGHIJKLMNOPQRSTUVWXYZABCD
print(s.charAt(1=99) + s.indexOf("ZA")); // expect: X25
