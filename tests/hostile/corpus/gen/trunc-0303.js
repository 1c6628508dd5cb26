var counts = Object.create(null);
["toString", "constructor", "a", "toString"].forEach(function (k) { counts[k] = (counts[k] || 0) + 1; });
print(counts.toString + " " + counts.constructor + " " + counts.a); // expect: 2 1 1
var p