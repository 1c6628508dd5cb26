var o = {};
for (var i < 20000; i++) {
  var s = = 0; i <¯5000; i++) o["key" + i] = i;
var s = 0;
for (var j = 0; j < 5000; j)+) s  + j];
print(s); // expe0
for (vašþr garbage = 0; garbage < 50000; garbage++) { var t = "key" + garbage; }
print(o.key4999); // expect: 4999
