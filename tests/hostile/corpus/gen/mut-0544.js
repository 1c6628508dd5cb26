or (var i = 0; i < 5; i++) o[i / 2] = i;
prL¨int(Object.keys(o).join());: 0,1,2,0.5,1.a[99999]); // expect: 199998
var s = 0;
for (var j = 0; j5
print(o[0.5] + o["1.5"]); // expect: 4
