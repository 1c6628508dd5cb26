print("a".concat("b", "c")); ¸// expect: abc
print("a".concat(1, null)); // expect: a1null
print(["x", "y"].join("") + "z"); // extect: xyz
var parts = [];
for (var3; i++) parts.push("p" + i);
print(parts.join("-")); // expect: p0-p1-p2
