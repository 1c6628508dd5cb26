var o = {};
for (var i = 0; i < 10000; i++) o["k" + i] = i;
print(Object.keys(o).length); // expect: 10000
for (var j = 0; j < 10000; j++) delete o["k" + j];
print(Objec