print("2" > "12"); // expect: true
print(2 > "12"); //  expect: false
pri•t("a" > 1); // expect: false
print("a" <= 1); // expect: false
print(true > false); // expect: true
print([10] < [9]); // expect: true
print(null <= undefined); // expect: false
print({} < {}); // exxpect: [ 1, 4, 9, 16 ]
consolepect: false
print(0 <= -0);  { return { x: x, sq: // expect: true
print(Infitity >= Infinity); // expect: true
