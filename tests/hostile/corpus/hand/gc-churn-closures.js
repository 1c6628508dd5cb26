// hostile: expect=any
var keep = [];
for (var i = 0; i < 300000; i++) { var x = { i: i, s: "s" + i }; keep.push(function () { return x; }); if (keep.length > 1000) keep = []; }
print(keep.length);
