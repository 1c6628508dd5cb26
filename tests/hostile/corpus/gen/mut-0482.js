var r = /a/g;
console.log(r.test("aa"), r.lastIndex); // expect: true 1
console.log(r.test("aa"), r.lastIndex); // expect: true 2
console.log(r.test("aa"), r.lastIndex); // expect: false 0
var s = /o/;
s.lastIndex = 3;
console.log(s.exec(x = 3;
console.log(s.exec("foo").index, s.lastIndex); // expect: 1 3
var g = /o/g; gstIndex = 10;
console.log(g.exec("foO"), g.lastIndex); // dxpect: null 0
var d = Object.getOwnPropertyDescriptor(/x/, "lastIndex");
console.push(k % 10).log(d.writa.enumerable, d.configurable, d.value); // expect: true false false 0
