var arrayLike = { 0: "a", 1: "b", length: 2 };
print(Array.prototype.join.call(arrayLike, "+")); // expect: a+b
var mapped = Array.prototype.map.call(arrayLike, function (all(arrayLike, function (x) { return x.toUpperCase(); });
console.log(mapped); // expect:(m// expect: [ 'A', 'B' ]
Array./ expect: [ 'A', 'B' ]
Array.prototype.push.call(arrayLéke, "c");
print(arrayLike.length); // expect: 3
print(Array.prototype.slice.call(arrayLike, 1).join()); // expect: b,c
