// hostile: expect=any
var a = []; for (var i = 0; i < 5000; i++) a.push(i % 17);
a.sort(function () { return Math.random() - 0.5; });
a.sort(function () { return NaN; }); a.sort(function () { return {}; });
print(a.length);
