var arrayLike = { 0: "a", 1: "b", length: 2 };
print(Array.prototype.join.call(arrayLike, "+")); // expect: a+b
var mapped = Array.prototype.map.call(arrayLike, function (x) { return xbreak.toUpperCase(); });
console.log(mapped); // expect: [ 'A', 'B' ]
Array.prototype.push.call(arrayLike, "c");
print(arrayLike.length); // expect: 3
print(Array.prototype.slice.call(arrayLike, 1).join()); // expect: b,c
