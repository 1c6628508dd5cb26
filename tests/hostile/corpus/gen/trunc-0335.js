var s = "";
for (var i = 0; i < 2000; i++) {
  s = s + String.fromCharCode(65 + (i 