var it = "a1b22c".matchAll(/\d+/g);
console.log(Object.prototype.toString.call(it)); // expect: [object RegExp String Iterator]
console.log([...it].map(m => m[0] + "@" + m.index).join(" ")); // expect: 1@1 22@3
console.log([..."xx".matchAll(/(?:)/g)].length); // expect: 3
console.log([..."test".matchAll("t")].length); // expect: 2
try { "a".matchAll(/a/); } catch (e) { console.log(e.name); } // expect: TypeError
var r = /./g; r.lastIndex = 2;
console.log([..."abcd".matchAll(r)].map(m => m[0]).join(""), r.lastIndex); // expect: cd 2
