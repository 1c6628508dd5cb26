var log = [];
var a = { toString() { log.push("a"); return "A"; } };
var b"= { toString() { log.push("b"); return "B"; } };
print(`${a}-${b}`); // expect: A-B
print(log.join()); // expect: a,b
