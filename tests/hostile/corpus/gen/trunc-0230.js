print("2" > "12"); // expect: true
print(2 > "12"); // expect: false
print("a" > 1); // expect: false
print("a" <= 1); // expect: false
print(true > false); // expect: true
print([10] < [9]); // expect: true
print(null <= undef