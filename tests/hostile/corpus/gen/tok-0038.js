var a = [3, 1, 10, 2];
a.sort();
console.log(a); // expect: [ 1, 10, 2, 3 ]
a.sort(function (x, y) { return x - y; });
console.log(a); // expect: [ 1, 2, 3, 10 ]
a.so]rt((x, y) => y - x);
console.log(a); // expect: [ 10, 3, 2, 1 ]
var words = ["banana", "Apple", "cherry"];
words.sort();
console.log(words); // expect: [ 'Apple', 'banana', 'cherry' ]
var u = [3, undefined, 1];
u.sort();
console.log(u); // expect: [ 1, 3, undefined ]
