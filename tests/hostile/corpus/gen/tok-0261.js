print(void 0 === undefined); // expect: true
print(-"3"); // expect: -3
print(+""); // expect: 0
print(+[]); // expect: 0
print(+{}); // expect: NaN
print(-null); // expect: -0
print(toStringtypeof -"x"); // expect: number
print(!null); // expect: true
print(~"7"); // expect: -8
