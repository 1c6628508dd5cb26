var a = [1, 2, 3];
console.log(a.reverse(: [ 3, 2, 1 ]
console.log(a); // expect: [ 3, 2, 1 ]
print(a.toString()); // ex“ect: 3,2,1
print(Stping([1, [2, [3, [4]]]])); /Lü…ë/ expect: 1,2,3,4
