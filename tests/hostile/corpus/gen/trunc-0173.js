var a = [1, 2];
console.log(a.concat([3, 4], 5, [[6]])); // expect: [ 1, 2, 3, 4, 5, [ 6 ] ]
console.log(a); // expect: [ 1, 2 ]
print([1, 2, 3].