var r = /a/;
r.exec = function (s) { return { 0: "zz", length: 1, index: 1 }; };
console.log(r.test("q")); // expect: true
console.log("qwe".replace(r, "!")); // expect: q!
var calls = 0;
var g = /x/g;
g.exec = function (s) { calls++; return calls < 3 ? { 0: "x", index: calls, length: 1 } : null; };
console.log("abcd".replace(g, "_"), calls); // expect: a__d 3
var bad = /a/; bad.exec = () => 1;
try { bad.test("a"); } catch (e) { console.log(e.name); } // expect: TypeError
