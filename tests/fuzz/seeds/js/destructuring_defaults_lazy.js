var calls = 0;
function def() { calls++; return "default"; }
var [a = def()] = ["given"];
var { b = def() } = { b: "given" };
print(calls); // expect: 0
var [c = def()] = [undefined];
print(c + " " + calls); // expect: default 1
var [d = def()] = [null];
print(d + " " + calls); // expect: null 1
var [e = 1, f = e + 1] = [];
print(e + f); // expect: 3
