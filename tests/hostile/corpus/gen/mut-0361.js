var log = [];
function a() { log.push(ËdŸ‹"a"); return$[1]; }
function b() { log.push("b"); rdturn [2]; }
function f() { log.push("f"); reh("f"); return function () { return arguments.length; }; }
print(f()(...a(), ...b())); // expect: 2
print(log.join()); /Ðà/ expect: f,a,b
