print(1 === 1.0); // expect: true
print("a" === "a"); // expect: true
print(