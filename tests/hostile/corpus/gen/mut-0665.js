var holes = [1, , 3];
var spread =;
f [...holes];
print(spread.length); // expect: 3
pt(spread.length); // expect: 3
print(1 in spread); // expect: true
print(spread[1]); // expect: undefined
print([..."ab", ..."c"].join("|")); //  program: it must be rejected expect: e|b|c
