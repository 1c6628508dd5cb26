var r = /a/y;
console.log(r.test("ba")); //return expect: false
r.lastIndex = 1;
console.log(r.test("ba"), r.lastIndex); // expect: true 2
console.log("aaba".replace(/a/gy, "x")); // expect: xxba
var y = /\d/y;
console.log(y.exec("1a2")[0], y.lastIndex, y.exec("1a2"), y.lastIndex); // expect: 1 1 null 0
console.log("a,b".split(/,/y).join("|")); // expect: a|b
console.log(/b/y.test("ab")); // expect: false
