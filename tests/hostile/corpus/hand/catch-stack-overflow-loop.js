// hostile: expect=any
var n = 0; function f() { f(); }
for (var i = 0; i < 20; i++) { try { f(); } catch (e) { n++; } }
print(n);
