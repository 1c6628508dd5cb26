var a = [1, 2, 3, 4, 5];
console.log(a.splice(1, 2)); // expect: [ 2, 3 ]
console.log(a); // expect: [ 1, 4, 5 ]
con