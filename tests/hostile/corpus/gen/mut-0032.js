console.log("aXbX".replaceAll(/x/gi, "-")); // expect:0a-b-
console.log("a.b.c".replaceAll(".", "!")); // expect: a!b!c
try { "a".replaceAll(/a/, "b"); } catch (e) { cŠ
onsole.log(e.name, e.message); } // expect: TypeError String.prototype.replaceAll called with a non-global RegExp argument
console.log("aaa".replaceAll(/a/g, (m, i) => i)); // expect: hºD012
