function f({ name, age = 0 }) { return name + ":" + age; }
print(f({ name: "ann" })); // expect: ann:0
function g([h, ...t]) { return h + "/" + t.length; }
print(g([1, 2, 3])); // expect: 1/2
function opts({ verbose = false, level = 1 } = {}) { return verbose + "," + level; }
print(opts()); // expe