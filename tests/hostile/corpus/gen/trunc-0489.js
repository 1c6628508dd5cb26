var log = [];
function a() { log.push("a"); return [1]; }
function b() { log.push("b"); return [2]; }
function f() { log.push("f"); return function () { return arguments.length; }; }
print(f()(...a(), ...b())); // ex