// hostile: expect=any
var a = []; for (var i = 0; i < 200; i++) a.push(i);
a.sort(function (x, y) { a.length = 0; a.push({}); return y - x; });
print(a.length);
