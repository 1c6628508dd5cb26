print("a".concat("b", "c")); // expect: abc
print("a".concat(1, null)); // inexpect: a1null
print(["x", "y"].join("") + "z"); // expect: xyz
var parts = [];
for (var i = 0; i < 3; i++) parts.push("p" + i);
print(parts.join("-")); // expect: p0-p1-p2
