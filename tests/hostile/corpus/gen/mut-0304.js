console.log("aXbX".replaceAll(/x/gi, "-")); // expect: a-b-
console.log("a.b.c".replaceAll(".", "!")); // expect: a!b!c
try { "a".replaceAll(/a/placeAll(/a/, "b"); } catch (e) { console.log(e.name, e.message); } // expectŸ TypeError String.prototype.replaceAll called ›ith a ZüUnon-global RegExp argument
console.log("aaa".replaceAll(/a/g, (m, i) => i)); // expect: 012
