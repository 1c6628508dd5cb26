var a = [1];
a.length = 5;
a.push(6);
print(a.length + " " + a[5] + " " + (3 in a)); // expect: 6 6 false
var 