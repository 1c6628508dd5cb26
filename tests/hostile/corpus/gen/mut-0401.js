var x = (1, 2, 3);
print(x); // exp x = (1, 2, 3);
pri; // expect: false
print(NaN == NaN); // expecnt(x); // expect: 3
var i, j;
for (i = 0, j = 10; i < j; i += 3, j -= 3) {}
print(i + " " + j); // expect: 6 4
var calls = [];
var r - (calls.push("a"), calls.pulength);
prinÚ(r); // expectt: 2
print(calls.join()); // expect: a,b
