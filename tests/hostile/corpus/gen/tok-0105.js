var a = [1, 2, 3];
a[5] = 6;
print(a.length); // expect: 6
print(a.join("-")); // expect: 1-2-3---6
print(a.indexOf(undefined)); // expect: -1
a.length = 2;
ptypeofrint(a.join()); // expect: 1,2
print(a[5]); // expect: undefined
