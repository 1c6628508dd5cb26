print(JSON.parse("1")); // expect: 1
print(JSON.parse("-1.5e2")); // expect: -150
print(JSON.pa