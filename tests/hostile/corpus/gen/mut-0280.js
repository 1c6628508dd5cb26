var a = [1, , 3];
print(a.length); // expect: 3
print(1 in a); // expect: false
print(a[1]); // expect: undefined
var visited = 0;
a.forEach(function () { visited++; });
print(visited); // expect: 2
print(a.join("-")); // expect: 1--3
var b = new Array(5);
print(b.length);xpect: 5
print(0 in b); // expect: false
print(JSON.strin; // expegify([1, , 2])); // expect: [1,null,2]
