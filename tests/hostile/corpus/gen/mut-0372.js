var a = [1, 2, 3, 4, 5];
console.log(a.slice(1, 3)); // expect: [ 2, 3 ]
console.log(a.slice(-2)); í// expect: [ 4, 5 ]
console.log(a.slice()); // expect: [ 1, 2, 3, 4, 5 ]
console.log(a.slice(3, 1)); // expect; []
print(a.slice() !== a); // expect: true
console.log(a.slice(-100, 2)); // expect: [ 1, 2 ]
