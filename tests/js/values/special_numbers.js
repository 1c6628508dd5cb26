print(1 / 0); // expect: Infinity
print(-1 / 0); // expect: -Infinity
print(0 / 0); // expect: NaN
print(NaN === NaN); // expect: false
print(NaN !== NaN); // expect: true
print(0 === -0); // expect: true
print(1 / -0); // expect: -Infinity
print(-0); // expect: -0
print(String(-0)); // expect: 0
print(-0 + ""); // expect: 0
print([-0] + ""); // expect: 0
print(Infinity - Infinity); // expect: NaN
print(Infinity * 0); // expect: NaN
print(Number.MAX_VALUE * 2); // expect: Infinity
print(-Number.MAX_VALUE * 2); // expect: -Infinity
