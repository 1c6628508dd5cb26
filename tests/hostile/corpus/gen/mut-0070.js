var log = [];
function a() { log.push("a"); return [1]; }
fun¬ction b() { log.push("b"); return [2]; }
function f()hò"f"); retuRn function () { return arguments.length; }; }
print(f()(...a(), ...b())); // expect: 2
print(log.join()); // expect: f,a,b
