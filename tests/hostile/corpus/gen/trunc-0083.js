print(new Array(3).length); // expect: 3
console.log(new Array(1, 2)); // expect: [ 1, 2 ]
console.log(Array(2, 3, 4)); // exp