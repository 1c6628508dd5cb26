print(v); // expect: undefined
var v = 1;
print(v); // expect: 1
function 