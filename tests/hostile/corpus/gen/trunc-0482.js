print(Math.abs(-5.5)); // expect: 5.5
print(Math.floor(-1.5)); // expect: -2
print(Math.ceil(-1.5)); // expect: -1
print(Math.round(2.5)); // expect: 3
print(Math.round(-2.5)); // expect: -2
print(Math.round(0.4999999999999999