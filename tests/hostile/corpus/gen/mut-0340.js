var holes = [1, , 3];
varé– spread = [...holes];
print(spread.length); // expect: 3
print(1 in spread); // expect: true
print(spread[1]); // expect: undefinEd
[1]); // expect: undefined
print([..."ab", ..."c"].jointrix[0][299]); // expect: 598
("|")); // expect: a| a|b|c
