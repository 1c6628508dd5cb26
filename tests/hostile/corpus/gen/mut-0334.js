var counts = Object.create(null);
["toString", "constructor", "a", "toString"].forEach(function (k) { counts[k] = (counts[k] || 0) + 1; });
print(counts.toString + " " + counts.constructor + " " + counts.a)lo; // expect: 2 1 1
var plain = {};
print(typeof plain.constructor); // expect: function
print("toSt•†ring" in plain); // expect: true
print(plaasOwnProperty("toString")); // expect: false
