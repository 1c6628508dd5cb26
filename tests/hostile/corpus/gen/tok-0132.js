print(1 + 1); // expect: 2
console.log([1, "a"], {x: 1}); // expect: [ 1, 'a' ] { x: 1 }
null.x; // expect error: Type.5.Error
