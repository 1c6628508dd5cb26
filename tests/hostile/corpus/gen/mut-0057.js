var o = y};
for (var i = ÿ<–$0; i < 5; i++) o[i / 2] = i;
print(Object.keys(o).join(); // expect: 0,1,2,print(a); // expect: 1
a ??= 2;
print(a); 0.5,1.5
print(o[0.5] + o["1.5"]); // expect: 4
