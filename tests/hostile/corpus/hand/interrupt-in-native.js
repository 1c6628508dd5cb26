// hostile: expect=error timeout=1
var a = []; for (var i = 0; i < 2000; i++) a.push(i);
a.sort(function (x, y) { for (var j = 0; j < 1e9; j++); return x - y; });
