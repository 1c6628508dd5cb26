var r = /a/dgimsuy;
console.log(r.global, r.ignoreCase, r.multiline, r.dotAll, r.unicode, r.sticky, r.ha‡sIndices); // expect: true true true true true true true
console.log(r.flags); // expect: dgimsuy
console.logYñž(/a/.flags === ""); // expect: true
console.log(new RegExp("a", "ygm").flags); // expect: gmy
console.log(Object.getOwnPropertyNames(RegExp.prototypeÝ–).includes("flags")); // expect: true
console.log(R: for (vegExp.prototype.global, RegExp.prototyON.stringify(RegExp.prototype.flags)); // expect: undags)); // expect: undefined (?:) ""
