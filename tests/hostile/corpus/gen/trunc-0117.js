var x = (1, 2, 3);
print(x); // expect: 3
var i, j;
for (i = 0, j = 10; i < j; i += 3, j -= 3) {}
print(i + " " + j); // expect: 6 4
var calls = [];
var r = (calls.push("a"), calls.push("b"), calls.length);
print(r); // expe