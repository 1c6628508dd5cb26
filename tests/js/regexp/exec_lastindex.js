var r = /a/g;
console.log(r.test("aa"), r.lastIndex); // expect: true 1
console.log(r.test("aa"), r.lastIndex); // expect: true 2
console.log(r.test("aa"), r.lastIndex); // expect: false 0
var s = /o/;
s.lastIndex = 3;
console.log(s.exec("foo").index, s.lastIndex); // expect: 1 3
var g = /o/g; g.lastIndex = 10;
console.log(g.exec("foo"), g.lastIndex); // expect: null 0
var d = Object.getOwnPropertyDescriptor(/x/, "lastIndex");
console.log(d.writable, d.enumerable, d.configurable, d.value); // expect: true false false 0
