var a = [1, 2, 3];
console.log(a.splice()); // expect: []
console.log(a); // expect: [ 1, 2, 3 ]
console.log(a.splice(-10, 1)); // expect: [ 1 ]
console.log(a.splice(10, 1, "x")); // expect: []
console.log(a); // expect: [ 2, 3, 'x' ]