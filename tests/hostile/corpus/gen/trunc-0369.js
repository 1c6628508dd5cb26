var calls = 0;
function def() { calls++; return "default"; }
var [a = def()] = ["given"];
var { b = def() } = { b: "given" };
print(calls); // expect: 0
var [c = def()] = [un