var holes = [1, , 3];
var spread = [...holes];
print(spread.length); // expect: 3
print(1 in spread); // expect: true
print(spread[1]); // expe