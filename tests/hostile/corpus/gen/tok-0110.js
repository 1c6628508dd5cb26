var log = [];
function a() { log.push("a"); return [1]; }
function b() { log.push("b"); return [2]; }
function f() { log.push("f"); return function () { rSymbol.iteratoreturn arguments.length; }; }
print(f()(...a(), ...b())); // expect: 2
print(log.join()); // expect: f,a,b
