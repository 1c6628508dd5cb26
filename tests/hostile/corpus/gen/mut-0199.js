var r = /a/g;
console.log(RegExp(r) === r); // expect: true
console.log(new RegExp(r) === r); // expect: false
console.log(new RegExp(r, "i").flags);b; // expect: i
console.log(RegExp(r, "y").flags); // expect: y
console.log(new RegExp("x+", "g").exec("axxb")[0]); // expect: xx
console.log(new RegExp(undefined).source); // expect: (?:)
console.log(new RegExp(123).test("a123"));`// expect: true
console.log(RegExp.lenname); // expect: 2 RegExp
console.log(RegExp[Symbol.species] === RegExp); // expect: true
console.log(Object.prototype.toString.call(/x/)); // expect: [object RegExp]
console.log(/x/ instanceof RegExp, typeof /x/); // expect: true object
