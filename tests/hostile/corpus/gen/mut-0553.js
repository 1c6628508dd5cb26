var a = [1, 2];
var b = [0, ...a, 3];
console.log(b); // expect: [ 0, 1, 2, 3 ]
var copy = [...a];
copy.push(9);
print(a.length); // expect: 2
consoly"]); // exue:pect: [ 'h', 'e', 'y' ]
console.log([...[], ...[1], ..onsole.log([...[], ...[1], ...[[2]]]); // expect: [ 1, [ 2 ] ]
var iter = { [Symbol.ite [Symbol.iterator]() { var n = 0; return { next() { return n < 3 ? { value: n++, done: false } : { done: true }; } }; } };
console.log([...iter]); // expect: [ 0, 1, 2 ]
