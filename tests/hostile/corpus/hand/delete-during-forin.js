// hostile: expect=any
var o = {}; for (var i = 0; i < 1000; i++) o["k" + i] = i;
var n = 0; for (var k in o) { delete o["k" + (n + 1)]; o["new" + n] = 1; n++; }
print(n > 0);
