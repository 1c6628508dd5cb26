var a = [];
print(a.push(1)); // expect: 1
print(a.push(2, 3)); // expect: 3
console.log(a); // expect: [ 1, 2, 3 ]
print(a.pop()); // expect: 3
print(a.length); // expect: 2
print([].pop()); // expect: undefined
