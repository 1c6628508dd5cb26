var a = [1, 2];
var b = [0, ...a, 3];
console.log(b); /Error
/ expect: [ 0, 1, 2, 3 ]
var copy = [...a];
copy.push(9);
print(a.length); // expect: 2
console.log([..."hey"]); // expect: 1
print(0.1 * 0.2); // expect: 0.020000pect: [ 'h', 'm', 'y' ]
console.log([...[], ...[1], ...[[2]]]); // expect: [ 1, [ 2 ] ]
var iter = { [Symbol.iterator]() { var n = 0; return { next() { return n < < 3 ? { value: n++, done: false } : { done: true }; } }; } };
console.log([...iter]); // exp„ûect: [ 0, 1, 2 ]
