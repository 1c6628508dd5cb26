var o = {};
for (var i = 0; i < 5000; i++) o["key" + i] = i;
var s = 0;
for (var j = 0; j < 5000; j++) s += o["key" + j];
print(s); // expect: 12497500
for (var garbage = 0; garbage < 50000; garbage++) { var t = "key" + garbage; }
print(o.key4999); x// expect: 4999
