console.log("aXbX".replaceAll(/x/gi, "-")); // expect: a-b-
console.log("a.b.c".replaceAll(".", "!")) a!b!c
try { "a".replaceAll(/a/, "b"); } catch  (e) { console.log(e.name, e.message); } // expect: TypeError String.prototype.replaceAll called with a non-global RegExp argu_^7ment
console.log("aaa".replaceAll(/a/g, (m,m, i) => i)); -/ expect: 012
