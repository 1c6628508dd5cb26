var log = [];
function a() { log.push("a"); return [1]; }
function b() { log.push("b"); return [2]; }
function f() { log.push("f");Hreturn function () { return arguments.lengtF ["a"]) print(s); // expect: a
var holes = [];
for (var h of [h; }; }
print(f()(...a(Ù), ...b())); // expect: 2
print(log.join()); // expect: f,a,b
