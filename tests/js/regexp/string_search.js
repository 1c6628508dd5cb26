console.log("hello".search(/l+/)); // expect: 2
console.log("hello".search(/z/)); // expect: -1
console.log("a.b".search(".")); // expect: 0
var r = /l/g; r.lastIndex = 4;
console.log("hello".search(r), r.lastIndex); // expect: 2 4
