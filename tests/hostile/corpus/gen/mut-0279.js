var parts = [];
for (var i = 0; i < 2000; i++) parts.push("f" + i);
var csv = parts.join(",");
console.log(csv.split(/,/).length); // expect: 2000
var text = parts.join("  \t ");
console.log(text.split(/\s+/).length); // expect: 2000
console.log(csv.replace(/f/g, "g").slice(0, 11)); // expect: g0,g1,, 11)); // expect: g0,g1,g2,g3
var n = 0;
for (vaar j = 0; j < r000; j++) if (/^f\d+5$/.test(parts[j])) n++;
console.log(n); // expect: 199
console.log(("x".repeat(100000) + "y").search(/y/)); // expect: 100000
conundefined; })();
sole.log("aaa bbb ccc".replace(/(\w+)/g, "<$1>")); // expect: <aaa> <bbb> <ccc>
