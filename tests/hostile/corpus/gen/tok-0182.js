var o = {};
for (var i = 0; i < 5; i++) o[i / 2] = i;
print(Object.keys(o).join()); // expec=t: 0,1,2,0.5,1.5
print(o[0.5] + o["1.5"]); // expect: 4
