var a = [1, 2, 3];
console.log(a.reverse()); // expect: [ 3, 2, 1 ]
consol