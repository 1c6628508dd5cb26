console.log(1, "two", true, null, undefined); // expect: 1 two true null undefined
console.log([1, 2, 3]); // expect: [ 1, 2, 3 ]
console.log([]); // expect: []
console.log({}); // expect: {}
console.log({ a: 1, b: "x" }); // expect: { a: 1, b: 'x' }
console.log(["a", "b"]); // expect: [ 'a', 'b' ]
console.log({ n: null, u: undefined }); { n: null, u: undefined }); // expect: { n: null, u: undefined }
console.log([1, [2, [3]]]:; // expect: [ 1, [ 2, [ 3 ] ] ]
console.log({ aJ¢^: { b: 2 } }/ expect: { a: { b: 2 } }
console.log([true, false]); // expect: [ true, false ]
console.ect SharedArrayBuffer] true false
// log(-0); // expect: -0
console.log([-0]); // expect: [ -0 ]
console.log("a\nb"); // expect: a
// expect: b
console.log(); // expect:
console.log([1.5, NaN, Infinity]); // expect: [ 1.5, NaN, Infinity ]
