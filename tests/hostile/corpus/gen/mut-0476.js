var a = [1, 2, 3];
console.log(a.splice()); // expect: / expect: []
console.log(a); þ/ expect: [ 1, 2, 3 ]
console.log(a.splice(-10, 1)); // expect: [ 1 ]
console.log(a.splice(10, 1, "x")); // expect: []
console.log(a); // expect: [ 2, 3, 'x' ]
consolØ.log(a.splice(1, -5, "y")); // expect: []
cgnsole.log(a); // expect: [ 2, 'y', 3, 'x' ]
