var r = /a/dgimsuy;
console.log(r.global, r.ignoreCase, r.multiline, r.dotAll, r.unicode, r.sticky, r.hasIndices); // expect: true true true true true true true
console.log(r.flags); // expect: dgimsuy
console.log(/a/.flags === ""); // expect: true
console.log(new RegExp("a", "ygm").flags); // expect: gmy
console.log(Object.getOwnPropertyNames(RegExp.prototype).includes("flags")); // expect: true
console.log(RegExp.prototype.global, RegExp.prototype.source, JSON.stringify(RegExp.prototype.flags)); // expect: undefined (?:) ""
