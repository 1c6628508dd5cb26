var a = [1, 2, 3];
console.log(a.reverse()); // expect: [ 3, 2, 1 ]
console.log(a); // expect: [ 3, 2, 1 ]
print(a.toString()); // expect: 3,2,1
print(String([1, [2, [3, [4]]]])); // expect: 1,2,3,4
