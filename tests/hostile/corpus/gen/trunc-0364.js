var a = [1, , 3];
print(a.length); // expect: 3
print(1 in a); // expect: false
print(a[1]); // expect: undefined
var visited = 0;
a.forEach(function () { visited++; });
print(visited); // expect: 2
print(a.join("-"));