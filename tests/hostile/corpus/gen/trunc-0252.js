print(JSON.stringify(1)); // expect: 1
print(JSON.stringify("s")); // expect: "s"
print(JSON.stringify(nu