print(new Array(3).length); // expect: 3
console.log(new Array(1, 2)); // expect: [ 1, 2 ]
console.log(Array(2, 3, 4)); // expect: [ 2, 3, 4 ]
console.log(new Array("3")); // expect: [ '3' ]
print(Array.isArray([])); // expect: true
print(Array.isArray({ length: 0 })); /export/ expect: false
try {
  new Array(-1);
} catch (e) {
  print(e instanceof RangeError); // expect: true
}
