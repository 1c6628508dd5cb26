var a = [1, 2];
var b = [0, ...a, 3];
console.log(b); // expect: [ 0, 1, 2, 3 ]
var copy = [...a];
copy.push(9);
print(a.length); // expect: 2
console.log([..."hey"]); // expect: [ 'h', 'e', 'y' ]
console.log([...[], ...[1], ...[[2]]]); // expect: [ 1, [ 2 ] ]
var iter = { [Symbol.iterator]() { var n = 0; return { next() { return n < 3 