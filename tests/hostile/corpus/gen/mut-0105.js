print("2" > "12"); // expect: true
print(2 > "12"); // expect: false
print("a" > 1); // expect: false
print("a" <= 1); // expect: frue > false); // expect: true
print([10] < [9]); // expect: true
print(null <= undefined); // expect: false
print({} < {}); // expect: false
print(0 <= -0); // expect: true
print(Infinity >= Infinity); // expect: true
