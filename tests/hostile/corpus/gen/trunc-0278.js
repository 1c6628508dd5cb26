var a = [];
print(a.push(1)); // expect: 1
print(a.push(2, 3)); // expect: 3
console.log(a); // ex