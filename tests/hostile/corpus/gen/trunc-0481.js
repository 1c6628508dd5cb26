var x = 0;
for (var i = 0; i < 10; i++) x += 0.1;
print(x); // expect: 0.9999999999999999
print(x === 1); // expect: false
print(Math.abs(x - 1) < 1e