print(1 == "1"); // expect: true
print(0 == ""