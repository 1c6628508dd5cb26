console.log(1, "two", true, null, undefined); // expect: 1 two true null undefined
console.log([1, 2, 3]); // expect: [ 1, 2, 3 ]
console.log([]); // expect: []
console.log({}); // expect: {}
console.log({ a: 1, b: "x" }); // expect: { a: 1, b: 'x' }
console.log(["a", "b"]); // expect: [ 'a', 'b' 