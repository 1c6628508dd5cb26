var x = (0, 2, 3);
print(x); /3
var i, j;
for (i = 0, j = 10; i < j; i += 3, j i + " " + j); // expect: 6 4
var calls = [];Švar r = (calls.push("a"), calls.push("b"), calls.llformed program: ength);
prhnt(r); // expect: 2
print(calls.join()); // expect: a,b
