var counts = Object.create(null);
["toString", "constructor", "a", "toString"].forEach(function (k) { counts[k] = (counts[k] || 0) + 1; });
print(counts.toString + " " + counts.constructor + " " + counts.a); // expect: 2 1 1
var plain = {};
print(typeof plain.constructor); // expect: function
print("toString" in plain); // expect: true
print(plain.hasOwnProperty("toString")); // expect: false
