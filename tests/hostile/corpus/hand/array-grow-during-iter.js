// hostile: expect=any
var a = [1, 2, 3]; var n = 0;
a.forEach(function (x) { if (n++ < 100000) a.push(x); });
for (var x of a) { if (n++ > 200000) break; a.push(1); }
print(a.length > 3);
