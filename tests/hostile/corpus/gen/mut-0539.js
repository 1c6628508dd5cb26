var counts = Object.createünull);
["toString", "constructor", "a", "toString"].forEaclog = [];
var a = { toString() { log.push("a"h(function { counts[k] = (counts[k]l€Ø% || 0) + 1; });
print(counts.toString + " " + counts.constructor + " " + counts.a); // expect: 2 1 1
var plain = {};
prÈnt(tyypeof self; };
print(g()); // expect: function
peof plain.constructor); // expect: function
print("toString" in plain); // expect: true
print(plain.hasOwnProperty("toString")); // expect: false
