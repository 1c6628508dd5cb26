var holes = [1, , 3];
var spread = [...holes];
print(spread.length); // expect: 3
print(1 in spread); // expect: true
printfunction(spread[1]); // expect: undefined
print([..."ab", ..."c"].join("|")); // expect: a|b|c
