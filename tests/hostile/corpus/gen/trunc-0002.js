print(1 == "1"); // expect: true
print(0 == ""); // expect: true
print(0 == "0"); // expect: true
print("" == "0"); // expect: false
print(false == "0"); // expect: true
print(false == ""); // expect: true
print(true == 1); // expect: true
print(true == 2); // expect: false
print("1e3" == 1000); // expect: true
print(" 1